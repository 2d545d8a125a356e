// Package demo holds the corpus that `chronik demo` ingests on a fresh
// machine and the gold annotations that timeline evaluation compares
// against.
//
// # Corpus
//
// The corpus is a set of short dated news articles, about 60% German and
// 40% English, on the diplomacy around the Korean peninsula from 2017 to
// 2019: the missile and nuclear tests of 2017 and the sanctions that
// followed, the Olympic thaw, Kim Jong Un's meetings with Xi Jinping, Moon
// Jae-in, Donald Trump and Vladimir Putin, and the working-level talks in
// Stockholm. All articles were written for chronik; the facts follow the
// public record, the wording is our own.
//
// Each file is dated text: after an optional byte-order mark and
// whitespace it begins with `date YYYY-MM-DD` (a few with only `YYYY-MM`),
// followed by whitespace and the body. File names are kebab case and end
// in the language, `-de.txt` or `-en.txt`.
//
// The articles are written to exercise the pipeline: dates relative to the
// publication day ("am Mittwoch", "last month", "Ende Februar"), events
// announced before they happen and reported after, reported speech,
// negations and hypotheticals, name variants and exonyms (Pjöngjang,
// Wladiwostok, Sergej Lawrow / Sergey Lavrov), and distractors such as the
// same leaders meeting twice at the same place months apart.
//
// # Gold
//
// gold.json lists, for each file, the main happenings it reports. A
// happening is named by a stable key shared by every article that tells it
// ("singapore-summit-2018"), so the entries double as gold for merging
// reports into one timeline event. The date is a TIMEX3 value at the
// precision the article's text and date support: "am Dienstag" in an
// article of 2018-06-13 gives 2018-06-12, "Ende Februar" gives 2019-02,
// "im Herbst" gives 2018-FA. Happenings that span several days are dated
// by the first day the principals met. The modality is "asserted" for
// what the article reports as having happened and "future" for what it
// announces; hypothetical and negated mentions are left out.
package demo
