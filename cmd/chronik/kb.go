package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/spf13/cobra"
)

// User additions to the knowledge base live in a directory: actor lists in
// actors/, GeoNames dumps in geonames/cities/ and geonames/alternatenames/.
// Files are checked before they are copied there, so a broken file never
// reaches the directory, and they are loaded in name order on every start.
const (
	kbActors         = "actors"
	kbGeoNamesPrefix = "geonames"
)

// resolveKBDir returns the user knowledge-base directory.
func (a *App) resolveKBDir() (string, error) {
	if a.kbDir != "" {
		return a.kbDir, nil
	}
	if d := a.Getenv("CHRONIK_KB"); d != "" {
		return d, nil
	}
	dir, err := a.dataDir()
	if err != nil {
		return "", fmt.Errorf("find the knowledge-base directory (set CHRONIK_KB): %w", err)
	}
	return filepath.Join(dir, "kb"), nil
}

// userKBFiles lists the user's files with the format each is read in.
func userKBFiles(dir string) ([][2]string, error) {
	var files [][2]string
	for _, sub := range []struct{ dir, format string }{
		{kbActors, "actors"},
		{filepath.Join(kbGeoNamesPrefix, gazetteer.FormatGeoNamesCities), gazetteer.FormatGeoNamesCities},
		{filepath.Join(kbGeoNamesPrefix, gazetteer.FormatGeoNamesAlternateNames), gazetteer.FormatGeoNamesAlternateNames},
	} {
		entries, err := os.ReadDir(filepath.Join(dir, sub.dir))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read knowledge base: %w", err)
		}
		for _, e := range entries {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				files = append(files, [2]string{filepath.Join(dir, sub.dir, e.Name()), sub.format})
			}
		}
	}
	return files, nil
}

// knowledgeBase returns the embedded knowledge base extended by the user's
// files, loading it once.
func (a *App) knowledgeBase() (*gazetteer.KB, error) {
	if a.kb != nil {
		return a.kb, nil
	}
	dir, err := a.resolveKBDir()
	if err != nil {
		return nil, err
	}
	files, err := userKBFiles(dir)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		kb, err := gazetteer.Default()
		if err != nil {
			return nil, fmt.Errorf("load knowledge base: %w", err)
		}
		a.kb = kb
		return kb, nil
	}
	kb, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("load knowledge base: %w", err)
	}
	for _, f := range files {
		if _, err := extendKB(kb, f[0], f[1]); err != nil {
			return nil, fmt.Errorf("load knowledge base: %w", err)
		}
	}
	a.kb = kb
	return kb, nil
}

// extendKB adds one file to kb and returns how many entries it added.
func extendKB(kb *gazetteer.KB, path, format string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	if format == "actors" {
		return kb.AddActors(f, path)
	}
	return kb.ImportGeoNames(f, path, format)
}

func (a *App) kbCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kb",
		Short: "Look up and extend the knowledge base",
		Long: `kb works with chronik's knowledge base: countries and former states,
capitals and cities, regions, organisations, people in office with their
roles and dates, and seats of power. It is embedded in the binary; your
additions (actor lists, GeoNames dumps) are checked, then kept in a
directory (--kb, else $CHRONIK_KB, else kb/ in the user's data directory)
and used by every command that annotates.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.PersistentFlags().StringVar(&a.kbDir, "kb", "", "directory of your knowledge-base additions")
	cmd.AddCommand(a.kbLookupCommand(), a.kbAddCommand(), a.kbImportCommand())
	return cmd
}

func (a *App) kbLookupCommand() *cobra.Command {
	var date string
	cmd := &cobra.Command{
		Use:   "lookup NAME",
		Short: "Show what a name means, on a date, and why",
		Long: `lookup shows the candidates the knowledge base has for a name, best
first, with the reasons for their rank. Role words resolve to who held the
office on --date ("US-Präsident" on 2010-06-01 is Barack Obama).`,
		Example: `  chronik kb lookup "Kim Jong-un"
  chronik kb lookup US-Präsident --date 2010-06-01
  chronik kb lookup "der russische Außenminister" --date 2019-04
  chronik kb lookup Pjöngjang`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := strings.Join(args, " ")
			d, err := chronik.ParseDCT(date)
			if err != nil {
				return usageError{fmt.Errorf("--date: %w", err)}
			}
			t := d.Time
			if d.IsZero() {
				t = time.Now().UTC()
			}
			kb, err := a.knowledgeBase()
			if err != nil {
				return err
			}
			cands := kb.Lookup(name, t)
			if len(cands) == 0 {
				return fmt.Errorf("%q is not in the knowledge base", name)
			}
			for i, c := range cands {
				e := c.Entry
				fmt.Fprintf(a.Stdout, "%d. %s  %s  %s %s %s  (score %.2f)\n", i+1, e.Name, e.Ref, e.Type, orDash(e.Country), orDash(e.Sector), c.Score)
				if e.NameEN != "" && e.NameEN != e.Name {
					fmt.Fprintf(a.Stdout, "   English: %s\n", e.NameEN)
				}
				if e.Lat != 0 || e.Lon != 0 {
					fmt.Fprintf(a.Stdout, "   at %.4f, %.4f\n", e.Lat, e.Lon)
				}
				for _, r := range e.Roles {
					to := "now"
					if !r.To.IsZero() {
						to = r.To.Format("2006-01-02")
					}
					fmt.Fprintf(a.Stdout, "   role %s from %s to %s\n", r.Key, r.From.Format("2006-01-02"), to)
				}
				for _, why := range c.Reasons {
					fmt.Fprintf(a.Stdout, "   because %s\n", why)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "resolve roles on this date (default today)")
	return cmd
}

func (a *App) kbAddCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "add FILE",
		Short: "Add your own actor list to the knowledge base",
		Long: `add checks an actor list and keeps it for every later run. The file is
CSV or TSV with a header: name (several names separated by |), ref,
country, sector, and optionally type (PER, ORG, GPE, LOC), from and to
(YYYY[-MM[-DD]], when the actor is valid). A malformed line rejects the
whole file with its line number; nothing is added. Adding a file with the
same name again replaces it.`,
		Example: `  printf 'name\tref\tcountry\tsector\tfrom\tto\nAnna Beispiel|A. Beispiel\tlocal:anna\tDEU\tGOV\t2018\t2021\n' > actors.tsv
  chronik kb add actors.tsv`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.kbKeep(args[0], kbActors, "actors")
		},
	}
}

func (a *App) kbImportCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "import geonames FILE",
		Short: "Extend the places from a GeoNames dump you downloaded",
		Long: `import geonames checks a GeoNames dump and keeps it for every later run.
--format cities reads the tab-separated city tables (cities500.txt,
cities5000.txt, a country file); --format alternatenames reads
alternateNames.txt and adds German and English names to places already
known. Import the cities before their alternate names. A malformed line
rejects the whole file with its line number; nothing is added.`,
		Example: `  chronik kb import geonames cities5000.txt
  chronik kb import geonames --format alternatenames alternateNamesV2.txt`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 || args[0] != "geonames" {
				return usagef("kb import needs: geonames FILE")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case gazetteer.FormatGeoNamesCities, gazetteer.FormatGeoNamesAlternateNames:
			default:
				return usagef("--format %q: want %s or %s", format, gazetteer.FormatGeoNamesCities, gazetteer.FormatGeoNamesAlternateNames)
			}
			return a.kbKeep(args[1], filepath.Join(kbGeoNamesPrefix, format), format)
		},
	}
	cmd.Flags().StringVar(&format, "format", gazetteer.FormatGeoNamesCities, "cities or alternatenames")
	return cmd
}

// kbKeep checks a file against the current knowledge base and copies it
// into the user directory.
func (a *App) kbKeep(path, sub, format string) error {
	// Check on a private copy with the user's other files, so a file that
	// fails leaves no trace.
	kb, err := gazetteer.Load()
	if err != nil {
		return err
	}
	dir, err := a.resolveKBDir()
	if err != nil {
		return err
	}
	files, err := userKBFiles(dir)
	if err != nil {
		return err
	}
	dest := filepath.Join(dir, sub, filepath.Base(path))
	for _, f := range files {
		if f[0] == dest {
			continue
		}
		if _, err := extendKB(kb, f[0], f[1]); err != nil {
			return err
		}
	}
	n, err := extendKB(kb, path, format)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return err
	}
	if err := copyFile(path, dest); err != nil {
		return fmt.Errorf("keep %s: %w", path, err)
	}
	fmt.Fprintf(a.Stdout, "added %d entries from %s; kept as %s\n", n, path, dest)
	return nil
}

// copyFile copies src to dst through a temporary file, so dst is never
// half written.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dst), ".kb-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := io.Copy(tmp, in); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), dst)
}

func orDash(s string) string { return cmp.Or(s, "-") }
