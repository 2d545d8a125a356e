package lang_test

import (
	"errors"
	"fmt"

	"github.com/chronik-dev/chronik/internal/lang"
)

func ExampleIdentify() {
	code, _, err := lang.Identify("Der russische Außenminister hat Kim Jong Un im vergangenen Mai eingeladen.")
	fmt.Println(code, err)
	_, _, err = lang.Identify("Le ministre russe des Affaires étrangères a invité Kim Jong Un en mai dernier.")
	fmt.Println(errors.Is(err, lang.ErrUnsupported))
	// Output:
	// de <nil>
	// true
}
