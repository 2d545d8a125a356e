package reader

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/chronik-dev/chronik"
)

// readFeed reads an RSS or Atom feed, one document per item.
func readFeed(ctx context.Context, f *file) bool {
	feed, err := parseFeed(f.data)
	if err != nil {
		return f.fail(0, err)
	}
	lang := langCode(feed.Language)
	for i, item := range feed.Items {
		if ctx.Err() != nil {
			return false
		}
		if item == nil {
			continue
		}
		id := strings.TrimSpace(item.GUID)
		if id == "" {
			id = strings.TrimSpace(item.Link)
		}
		source := f.path + "#" + strconv.Itoa(i+1)
		if id != "" {
			source = f.path + "#" + id
		} else {
			id = f.name + "#" + strconv.Itoa(i+1)
		}
		body := item.Content
		if strings.TrimSpace(htmlToText(body)) == "" {
			body = item.Description
		}
		text := htmlToText(body)
		if text == "" {
			err := &Error{Path: source, Err: fmt.Errorf("%w: item %d has no content or description", ErrNoText, i+1)}
			if !f.fail(0, err) {
				return false
			}
			continue
		}
		doc := f.newDoc(id, source)
		doc.Text = text
		doc.Title = collapse(htmlToText(item.Title))
		doc.URL = strings.TrimSpace(item.Link)
		doc.Lang = lang
		doc.DCT = itemDate(item)
		if names := authorNames(item); names != "" {
			doc.Meta = map[string]string{"author": names}
		}
		if len(item.Categories) > 0 {
			if doc.Meta == nil {
				doc.Meta = make(map[string]string)
			}
			doc.Meta["categories"] = strings.Join(item.Categories, ", ")
		}
		if !f.emit(doc, 0, nil) {
			return false
		}
	}
	return true
}

// parseFeed parses RSS or Atom, turning a panic of the parser into an
// error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("parse feed: %v", r)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	return feed, nil
}

// itemDate returns when an item was published, else updated, at the
// precision the feed gives.
func itemDate(item *gofeed.Item) chronik.DCT {
	for _, s := range []string{item.Published, item.Updated} {
		if d, err := parseDate(s); err == nil && !d.IsZero() {
			return d
		}
	}
	if item.PublishedParsed != nil {
		return minuteDCT(*item.PublishedParsed)
	}
	if item.UpdatedParsed != nil {
		return minuteDCT(*item.UpdatedParsed)
	}
	return chronik.DCT{}
}

func authorNames(item *gofeed.Item) string {
	var names []string
	for _, a := range item.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, strings.TrimSpace(a.Name))
		}
	}
	return strings.Join(names, ", ")
}
