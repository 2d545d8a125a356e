package main

import (
	"fmt"
	"strings"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/output"
	"github.com/spf13/cobra"
)

func (a *App) showCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show a stored document with its annotations",
		Long: `show prints one stored document: its metadata, the annotations chronik
found and the text. --format json writes it in the output contract with
the text included; --format timeml writes TimeML.`,
		Example: `  chronik show 2019-04-25-putin-kim-wladiwostok-de
  chronik show --format json 2018-06-12-singapur-gipfel-de | jq .timexes`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w, err := output.New(format, a.Stdout, output.JSONOptions{Text: true})
			if err != nil {
				return usageError{err}
			}
			db, err := a.openStore()
			if err != nil {
				return err
			}
			defer db.Close()
			doc, err := db.FindDocumentByID(cmd.Context(), args[0])
			if err != nil {
				if chronik.ErrorCode(err) == chronik.ENOTFOUND {
					return fmt.Errorf("no document %q in the store (see 'chronik search')", args[0])
				}
				return err
			}
			if err := w.Write(doc); err != nil {
				return err
			}
			if format == "text" {
				fmt.Fprintf(a.Stdout, "\n%s\n", strings.TrimSpace(doc.Text))
			}
			return w.Close()
		},
	}
	a.addDBFlag(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, json or timeml")
	return cmd
}
