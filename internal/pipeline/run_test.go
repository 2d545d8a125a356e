package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/chronik-dev/chronik"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func TestRunOrder(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var got []int
			work := func(_ context.Context, i int) int {
				// Later items finish first, so order must be restored.
				time.Sleep(time.Duration((50-i)%7) * time.Microsecond)
				return i * 2
			}
			err := Run(t.Context(), workers, seq(200), work, func(r int) error {
				got = append(got, r)
				return nil
			})
			if err != nil {
				t.Fatalf("Run = %v", err)
			}
			want := make([]int, 200)
			for i := range want {
				want[i] = 2 * i
			}
			if !slices.Equal(got, want) {
				t.Fatalf("Run out of order: %v", got[:20])
			}
		})
	}
}

func TestRunOutError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Run(t.Context(), 4, seq(1000), func(_ context.Context, i int) int { return i }, func(r int) error {
		n++
		if r == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("Run = %v, want %v", err, stop)
	}
	if n != 11 {
		t.Fatalf("out called %d times, want 11", n)
	}
}

func TestRunCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	err := Run(ctx, 2, seq(1000), func(_ context.Context, i int) int { return i }, func(r int) error {
		if r == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
}

func TestPipelineRecordsErrorsAndPanics(t *testing.T) {
	var ran []string
	p := &Pipeline{Stages: []Named{
		{Name: "fail", Stage: StageFunc(func(context.Context, *chronik.Document) error {
			ran = append(ran, "fail")
			return errors.New("boom")
		})},
		{Name: "panic", Stage: StageFunc(func(context.Context, *chronik.Document) error {
			ran = append(ran, "panic")
			var m map[string]int
			m["x"] = 1
			return nil
		})},
		{Name: "ok", Stage: StageFunc(func(_ context.Context, d *chronik.Document) error {
			ran = append(ran, "ok")
			d.Title = "done"
			return nil
		})},
	}}
	doc := &chronik.Document{Text: "x"}
	if err := p.Annotate(t.Context(), doc); err != nil {
		t.Fatalf("Annotate = %v", err)
	}
	if !slices.Equal(ran, []string{"fail", "panic", "ok"}) || doc.Title != "done" {
		t.Fatalf("stages ran %v, title %q", ran, doc.Title)
	}
	if len(doc.Errors) != 2 || doc.Errors[0] != "fail: boom" {
		t.Fatalf("Errors = %q", doc.Errors)
	}
}

func TestByLang(t *testing.T) {
	de := StageFunc(func(_ context.Context, d *chronik.Document) error { d.Title = "de"; return nil })
	m := ByLang{"de": de}
	for _, tc := range []struct{ lang, want string }{{"de", "de"}, {"en", ""}, {"", ""}} {
		d := &chronik.Document{Lang: tc.lang}
		if err := m.Annotate(t.Context(), d); err != nil || d.Title != tc.want {
			t.Errorf("ByLang(%q) title %q err %v, want %q", tc.lang, d.Title, err, tc.want)
		}
	}
}
