//! Dates, places, countries and names written each language's way, through the translation files.

use domain::date::{Day, PartialDate};
use domain::ordinals::{Ordinal, SignatoryOrdinals};

use super::{Arg, Lang};

impl Lang {
    /// A place in a count: "33rd" / "33e", or the range of places it can hold: "18th–20th" /
    /// "18e–20e".
    #[must_use]
    pub fn ordinal(self, o: Ordinal) -> String {
        self.ordinal_with("ordinal", o)
    }

    /// A place before a feminine noun: French writes the first "1re" ("la 1re ville").
    #[must_use]
    pub fn ordinal_feminine(self, o: Ordinal) -> String {
        self.ordinal_with("ordinal-feminine", o)
    }

    fn ordinal_with(self, key: &str, o: Ordinal) -> String {
        let one = |n: u32| self.t_args(key, &[("n", Arg::Num(f64::from(n)))]);
        if o.is_exact() {
            one(o.min)
        } else {
            format!("{}–{}", one(o.min), one(o.max))
        }
    }

    /// The overall place in words: "the 23rd signatory", "the 18th–20th signatory", or "one of
    /// the 17 founding signatories, who signed together on 22 February 2010".
    #[must_use]
    pub fn overall_place(self, o: Ordinal) -> String {
        match o.together {
            Some(day) if o.min == 1 && day == domain::ordinals::LAUNCH => self.t_args(
                "place-founding",
                &[
                    ("count", Arg::Num(f64::from(o.max))),
                    ("day", Arg::Str(&self.day(day))),
                ],
            ),
            Some(day) => self.t_args(
                "place-together",
                &[
                    ("count", Arg::Num(f64::from(o.max - o.min + 1))),
                    ("day", Arg::Str(&self.day(day))),
                ],
            ),
            None => self.t_args("place-overall", &[("place", Arg::Str(&self.ordinal(o)))]),
        }
    }

    /// Every place one signatory holds, as phrases: "the 33rd signatory", "the 15th EU
    /// capital", … / "le 33e signataire", "la 15e capitale de l'UE", …
    #[must_use]
    pub fn place_phrases(
        self,
        is_city: bool,
        country: &str,
        places: &SignatoryOrdinals,
    ) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(o) = places.overall {
            lines.push(self.overall_place(o));
        }
        let mut line =
            |o: Option<Ordinal>, key: &str, feminine: bool, extra: Option<(&str, &str)>| {
                if let Some(o) = o {
                    let place = if feminine {
                        self.ordinal_feminine(o)
                    } else {
                        self.ordinal(o)
                    };
                    let mut args = vec![("place", Arg::Str(&place))];
                    if let Some((name, value)) = extra {
                        args.push((name, Arg::Str(value)));
                    }
                    lines.push(self.t_args(key, &args));
                }
            };
        if is_city {
            line(places.european, "place-european-city", true, None);
            line(places.non_european, "place-non-european-city", true, None);
        } else {
            line(places.european, "place-european-other", false, None);
            line(places.non_european, "place-non-european-other", false, None);
        }
        line(places.eu_capital, "place-eu-capital", true, None);
        line(
            places.national_capital,
            "place-national-capital",
            true,
            None,
        );
        line(
            places.in_country,
            "place-in-country",
            false,
            Some(("country", country)),
        );
        for (edition, o) in &places.editions {
            line(
                Some(*o),
                "place-edition",
                false,
                Some(("edition", edition.as_str())),
            );
        }
        lines
    }

    /// "a, b and c" / "a, b et c".
    #[must_use]
    pub fn join(self, parts: &[String]) -> String {
        match parts {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.t("word-and")),
        }
    }

    /// A day: "18 December 2013" / "18 décembre 2013" ("1er" in French).
    #[must_use]
    pub fn day(self, d: Day) -> String {
        self.t_args(
            "date-day",
            &[
                ("day", Arg::Num(f64::from(d.day))),
                ("month", Arg::Str(&self.month(d.month))),
                ("year", Arg::Num(f64::from(d.year))),
            ],
        )
    }

    /// A date at its precision: a day, "September 2013" / "septembre 2013", a year, or "date unknown".
    #[must_use]
    pub fn date(self, date: PartialDate) -> String {
        match date {
            PartialDate::Day(d) => self.day(d),
            PartialDate::Month { year, month } => self.t_args(
                "date-month",
                &[
                    ("month", Arg::Str(&self.month(month))),
                    ("year", Arg::Num(f64::from(year))),
                ],
            ),
            PartialDate::Year(year) => year.to_string(),
            PartialDate::Unknown => self.t("date-unknown"),
        }
    }

    /// A date stored as `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or empty, written in this language;
    /// anything else is returned as it was.
    #[must_use]
    pub fn iso_date(self, iso: &str) -> String {
        if iso.is_empty() {
            return self.t("date-unknown");
        }
        PartialDate::parse(iso).map_or_else(|_| iso.to_owned(), |d| self.date(d))
    }

    /// A date the registry stores as English words ("February 2010", "18 December 2013") or
    /// as ISO, written in this language; anything else is returned as it was.
    #[must_use]
    pub fn stored_date(self, text: &str) -> String {
        if let Ok(date) = PartialDate::parse(text) {
            return self.date(date);
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let month_of =
            |name: &str| (1..=12u8).find(|&m| Lang::En.month(m).eq_ignore_ascii_case(name));
        let parsed = match words.as_slice() {
            [month, year] => month_of(month)
                .zip(year.parse().ok())
                .map(|(month, year)| PartialDate::Month { year, month }),
            [day, month, year] => month_of(month)
                .zip(year.parse().ok())
                .and_then(|(month, year)| Day::new(year, month, day.parse().ok()?))
                .map(PartialDate::Day),
            _ => None,
        };
        parsed.map_or_else(|| text.to_owned(), |date| self.date(date))
    }

    /// A span of two partial dates as stored: "9–10 September 2013" within a month, else
    /// "October 2006 – March 2007"; one date alone when there is no end.
    #[must_use]
    pub fn date_range(self, start: &str, end: Option<&str>) -> String {
        let from = PartialDate::parse(start).unwrap_or(PartialDate::Unknown);
        let to = end.and_then(|e| PartialDate::parse(e).ok());
        match (from, to) {
            (PartialDate::Day(a), Some(PartialDate::Day(b)))
                if a.year == b.year && a.month == b.month =>
            {
                let first = self.t_args("date-day-alone", &[("day", Arg::Num(f64::from(a.day)))]);
                format!("{first}–{}", self.day(b))
            }
            (_, Some(to)) => format!("{} – {}", self.date(from), self.date(to)),
            _ => self.date(from),
        }
    }

    fn month(self, month: u8) -> String {
        self.t(&format!("month-{month}"))
    }

    /// A country's name, or `fallback` (the registry's English name) when there is no entry.
    #[must_use]
    pub fn country(self, code: &str, fallback: &str) -> String {
        self.t_or(&format!("country-{code}"), fallback)
    }

    /// When a signing took place, at its precision: "on 18 December 2013", "in September 2013",
    /// "on a date not yet known" ("le 18 décembre 2013", "en septembre 2013"…).
    #[must_use]
    pub fn when_signed(self, date: PartialDate) -> String {
        let key = match date {
            PartialDate::Unknown => return self.t("signing-unknown-date"),
            PartialDate::Day(_) => "signing-on",
            _ => "signing-in",
        };
        self.t_args(key, &[("date", Arg::Str(&self.date(date)))])
    }

    /// An edition's name: "2010 edition" / "édition 2010" for an edition named by its year,
    /// else the title staff gave it.
    #[must_use]
    pub fn edition_name(self, slug: &str, title: &str) -> String {
        if slug.len() == 4 && slug.bytes().all(|b| b.is_ascii_digit()) {
            self.t_args("edition-title", &[("year", Arg::Str(slug))])
        } else {
            title.to_owned()
        }
    }
}
