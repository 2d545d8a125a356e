// Package mock provides function-field mocks of chronik's interfaces for
// tests of the packages that use them (HTTP API, command line). Each
// method calls the field of the same name plus "Fn"; a test sets only the
// fields it expects to be called, and a call to an unset field panics.
package mock
