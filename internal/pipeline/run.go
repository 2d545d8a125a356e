package pipeline

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// Run applies work to every item of in with the given number of workers
// (a worker per core when workers < 1) and hands the results to out in
// input order. Run stops early and returns the error when out returns one
// or ctx is done; items already read are then dropped.
//
// Run keeps at most a few items per worker in flight, so memory stays flat
// however long the input is.
func Run[T, R any](parent context.Context, workers int, in iter.Seq[T], work func(context.Context, T) R, out func(R) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	type job struct {
		item T
		res  chan R
	}
	jobs := make(chan job)
	// order carries each job's result channel to the writer in input
	// order; its capacity bounds the items in flight.
	order := make(chan chan R, 4*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.res <- work(ctx, j.item)
			}
		})
	}

	go func() {
		defer close(order)
		defer close(jobs)
		for item := range in {
			res := make(chan R, 1)
			select {
			case order <- res:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{item: item, res: res}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var outErr error
	for res := range order {
		if outErr != nil || ctx.Err() != nil {
			continue
		}
		var r R
		select {
		case r = <-res:
		case <-ctx.Done():
			continue
		}
		if err := out(r); err != nil {
			outErr = err
			cancel()
		}
	}
	wg.Wait()
	if outErr != nil {
		return outErr
	}
	return parent.Err()
}
