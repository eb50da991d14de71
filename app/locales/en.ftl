# The interface in English. Every key here has its French twin in fr.ftl (a test checks).
# Syntax: https://projectfluent.org/fluent/guide/

## Site frame

site-name = Integrating Cities Charter
site-by = Eurocities
site-description = The Integrating Cities Charter of Eurocities: its text in every edition and the cities that signed it.
skip-link = Skip to content
staff-area = Staff area
nav-label = Main
nav-charter = Charter
nav-signatories = Signatories
nav-map = Map
nav-newsroom = Newsroom
nav-statistics = Statistics
nav-about = About
lang-switch-label = Language
footer-origin = The Integrating Cities Charter was developed by the Eurocities Working Group Migration & Integration in February 2010 and updated by the Eurocities migration team in October 2024.
footer-address = Eurocities, Square de Meeûs 1, B-1000 Brussels
footer-feeds = RSS feeds
footer-open-data = Open data
footer-counting = How signatories are counted
footer-group = The working group
content-in-english = This text exists only in English; it is shown in its original language.

## Dates and places

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
date-unknown = date unknown
ordinal = { NUMBER($n, type: "ordinal") ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}

## Error pages

error-not-found-title = Page not found
error-not-found-body = There is no page at this address. It may have moved, or the link may be mistyped.
error-home-link = Go to the home page
error-charter-link = Read the charter
error-bad-request-title = This address is not valid
error-not-allowed-title = Not allowed
error-not-allowed-body = This page is for Eurocities staff. Log in with an account that may see it.
error-login-link = Staff login
error-internal-title = Something went wrong
error-internal-body = The page could not be shown because of a problem on our side. Please try again in a moment.
error-edition-title = Edition not valid

## Home

home-eyebrow = Eurocities commitment to migrant integration
home-lede = The Integrating Cities Charter is the commitment of Europe's mayors to equal opportunities for all residents and to the integration of migrants. Signatory cities act on it in four roles: as policy-makers, service providers, employers and buyers of goods and services.
home-read = Read the charter
home-what-changed = What changed in 2024
home-figures = The charter in figures
home-signatories-label = { $count ->
    [one] signatory in the registry
   *[other] signatories in the registry
}
home-editions-none = editions
home-editions-one = edition: { $dates }
home-editions-many = editions: { $dates } and { $last }
home-current-text = Current text
home-current-edition = { $title } (last updated { $date })
home-latest = Latest signatories
home-latest-line = — { $country }, signed { $date }
home-all = All { $count } signatories
home-statistics = Statistics

## Kinds and statuses

kind-city = City
kind-metropolitan_authority = Metropolitan authority
kind-region = Region
status-signed = Signed
status-committed = Committed, not yet signed
status-withdrawn = Withdrawn

## Directory

directory-title = Signatories
directory-title-as-of = Signatories on { $date }
directory-eyebrow = The registry
directory-lede = Every city, metropolitan authority and region known to have signed the charter, with its place in the order.
directory-counting-link = How places are counted
directory-as-of-notice = You are looking at the registry as it stood on { $date }: later signings are not shown and places are as they were then.
directory-today-link = See the registry today
directory-filter-label = Filter signatories
filter-q = Search by name
filter-country = Country
filter-country-any = All countries
filter-kind = Kind
filter-kind-any = All kinds
filter-capital = National capital
filter-either = Either
filter-eu = EU member at signing
filter-year = Year signed
filter-year-any = All years
filter-edition = Edition signed
filter-edition-any = All editions
filter-status = Status
filter-status-any = All statuses
filter-sort = Sort by
filter-sort-order = Signing order
filter-sort-name = Name
filter-sort-country = Country
filter-as-of = As it stood on
filter-yes = Yes
filter-no = No
filter-apply = Apply
filter-clear = Clear
directory-count = { $matching ->
    [one] 1 signatory matches, of { $total } in the registry.
   *[other] { $matching } signatories match, of { $total } in the registry.
}
directory-count-as-of = { $matching ->
    [one] 1 signatory matches, of { $total } on { $date }.
   *[other] { $matching } signatories match, of { $total } on { $date }.
}
directory-download = Download this view:
directory-open-data = About the open data
directory-past-last = This page is past the last one.
directory-first-page = Go to the first page
directory-none = No signatory matches these filters. Try fewer filters or another spelling.
directory-caption = Signatories matching the filters
column-place = Place
column-name = Name
column-country = Country
column-kind = Kind
column-signed = Signed
column-edition = Edition
directory-capital = · capital
directory-no-place = no place: date unknown
directory-not-yet-signed = not yet signed
directory-pages = Pages
directory-previous = Previous page
directory-next = Next page
directory-page-of = Page { $page } of { $pages }
feed-signings-title = Integrating Cities Charter: signings

## Charter

charter-eyebrow = The charter
charter-page-title = The charter, { $edition }
charter-heading = Integrating Cities Charter — { $edition }
edition-title = { $year } edition
edition-current-suffix = { $title } (current)
charter-status = Status
charter-status-current = Current edition
charter-status-earlier = Earlier edition, no longer current
charter-first-edition = First edition
charter-last-update = Last update
charter-compare = Compare with another edition
charter-about-edition = About this edition
charter-preamble = Preamble
charter-preamble-missing = The preamble of this edition is not yet in the registry. It differed from the 2024 preamble; rather than reconstruct it, the registry shows it once Eurocities staff have added the original text.
charter-closing = Closing commitment
charter-note = Explanatory note
charter-footnote = Footnote
charter-footnote-call = Footnote { $marker }
charter-footnote-back = Back to the text
charter-not-translated = This edition has not been translated into English yet: its text is shown in its original language.
switcher-label = Edition
switcher-show = Show

## Countries (the registry's names are English; these are the interface's)

country-AD = Andorra
country-AL = Albania
country-AT = Austria
country-BA = Bosnia and Herzegovina
country-BE = Belgium
country-BG = Bulgaria
country-BY = Belarus
country-CH = Switzerland
country-CY = Cyprus
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-EE = Estonia
country-ES = Spain
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-GE = Georgia
country-GR = Greece
country-HR = Croatia
country-HU = Hungary
country-IE = Ireland
country-IS = Iceland
country-IT = Italy
country-LI = Liechtenstein
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-MC = Monaco
country-MD = Moldova
country-ME = Montenegro
country-MK = North Macedonia
country-MT = Malta
country-NL = Netherlands
country-NO = Norway
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-RS = Serbia
country-SE = Sweden
country-SI = Slovenia
country-SK = Slovakia
country-SM = San Marino
country-TR = Türkiye
country-UA = Ukraine
country-VA = Holy See
country-AU = Australia
country-BR = Brazil
country-CA = Canada
country-MA = Morocco
country-MX = Mexico
country-TN = Tunisia
country-US = United States

## Working group

group-title = The working group
group-eyebrow = The working group behind the charter
group-as-of = This description dates from { $date }; the group's membership and officers may have changed since.
group-people = Who leads it
group-chair = Chair
group-vice-chair = Vice-chair
group-contact = Eurocities staff contact
group-not-stated = not stated
group-charter-link-lead = The group developed the charter and organises the Integrating Cities conferences.
group-charter-link = Read the charter
group-about-link = About the charter and the conferences
group-source = Source of this description

## About

date-day-alone = { $day }
word-and = and
role-policy-makers = policy makers
role-service-providers = service providers
role-employers = employers
role-buyers = buyers of goods and services
about-title = About the charter
about-heading = About the Integrating Cities Charter
about-subtitle = A commitment by Europe's cities to equal opportunities for all residents, to the integration of migrants, and to the diversity of their population.
about-what = What the charter is
about-roles-lead = In the charter, mayors commit their cities to act on four roles: as
about-history = The Eurocities working group Migration & Integration and the cities of Amsterdam, Berlin, Leeds, London and Rome developed it in February 2010; it was launched and first signed at the Integrating Cities conference in London that month. The migration team at Eurocities updated it in October 2024.
about-process = The Integrating Cities process
about-process-lead = The charter belongs to the Integrating Cities process, formalised by Eurocities and the European Commission in the 2007 Milan Declaration. It brings together:
about-process-conferences = the Integrating Cities conferences, where local politicians and senior officials of Europe's major cities meet representatives of EU institutions, international and non-governmental organisations, academics and migrant communities;
about-process-dialogue = a regular policy dialogue on integration between city representatives and the European Commission;
about-process-learning = projects of mutual learning between cities on integration governance.
about-how = How a city becomes a signatory
about-how-1 = The city council (or the body that can commit the city) adopts the charter.
about-how-2 = The city informs Eurocities that it wishes to sign.
about-how-3 = A signing ceremony is arranged: at an Integrating Cities conference or locally.
about-how-4 = The mayor signs the charter.
about-how-5 = The city sends Eurocities a scanned copy of the signed charter.
about-how-6 = Eurocities lists the city as a signatory, with the date and the source of its signing.
about-count-lead = The registry counts
about-count-link = { $count } signatories
about-count-middle = {""} today;
about-counting-link = how they are counted
about-count-end = {""} is explained on its own page.
about-conferences = The conferences
about-conferences-note = Conferences the registry has a source for, oldest first; V and VII are not yet documented here.
about-conference-none = No signing at this conference is recorded in the registry.
about-conference-signed = Signed here:

## Toolkit

toolkit-title = Toolkit: promoting cultural diversity
toolkit-eyebrow = Toolkit
toolkit-heading = Promoting cultural diversity: the Integrating Cities benchmark
toolkit-subtitle = A benchmark of { $count } key factors, each with guiding questions and examples from cities, for a city to assess and develop its work on diversity.
toolkit-french-only = This toolkit is published in French only; it is shown below in its original language.
toolkit-links = Cities that have signed the charter are linked to their profiles.
toolkit-standard = The Integrating Cities standard
toolkit-factors = The key factors
toolkit-questions = Guiding questions
toolkit-examples = Examples
toolkit-how = How to use the toolkit
toolkit-contextual = The contextual factors

## Places in the counts

ordinal-feminine = { NUMBER($n, type: "ordinal") ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}
place-overall = the { $place } signatory
place-european-city = the { $place } European city
place-non-european-city = the { $place } non-European city
place-european-other = the { $place } European signatory
place-non-european-other = the { $place } non-European signatory
place-eu-capital = the { $place } EU capital
place-national-capital = the { $place } national capital
place-in-country = the { $place } signatory in { $country }
place-edition = the { $place } to sign the { $edition } edition

## Profile

confidence-high = high
confidence-medium = medium
confidence-low = low
profile-month-only = (known only to the month)
profile-year-only = (known only to the year)
profile-edition-unconfirmed = — not confirmed: no source says which text was signed; the likeliest is recorded
profile-date-unknown = Signing date unknown
profile-event = Event
profile-place = Place
profile-signed-by = Signed by
profile-council = Council decision
profile-announced = Announced at the time
profile-confidence = Confidence in this record
profile-notes = Notes
profile-sources = Sources
profile-no-source = No source is recorded for this signing yet.
profile-no-place = { $name } has no place in the order: the date of its signing is not known. It counts in the total of { $total } signatories.
profile-places = By the registry's count, { $name } is { $places }, of the { $total } signatories the registry knows.
profile-status-signed = Signatory
profile-status-committed = Committed to sign
profile-status-withdrawn = Withdrawn
profile-subtitle = { $kind } in { $country }
profile-subtitle-capital = { $kind } in { $country }, national capital
profile-badge-alt = Signatory of the Integrating Cities Charter
profile-badge-alt-since = Signatory of the Integrating Cities Charter since { $year }
profile-signing = Signing
profile-signings = Signings
profile-feed-title = Integrating Cities Charter: { $country }
profile-withdrew = Withdrew on { $date }:
profile-all = All signatories
profile-announced-title = What was announced, and what the registry computes
profile-announced-lead = Published ordinals are shown as they were announced. The registry computes its own from the signatories it holds; where they differ, signatories are missing from the registry or the announcement counted differently.
profile-computes = The registry computes:
profile-releases = Press releases
profile-map-label = Where { $name } is
profile-map = On the map
profile-map-all = All signatories on the map
profile-website = Official website
profile-badge = Badge for your website
profile-badge-code = Copy this code into the city's website:

## Map

map-title = Map of signatories
map-subtitle = { $count } signatories on the map. Each dot links to its profile; the table below lists the same signatories.
map-label = Map of the signatories of the Integrating Cities Charter
map-credit = Country shapes: Natural Earth (public domain).
map-caption = The signatories on the map
map-column-signatory = Signatory
map-outside-europe = Outside Europe

## Statistics

totals-signatories = Signatories
totals-european = European signatories
totals-non-european = Non-European signatories
totals-countries = Countries
totals-national-capitals = National capitals
totals-eu-capitals = EU capitals at the signing date
totals-unknown-dates = Signing date unknown
totals-edition = Signed the { $edition }
stats-lede = Counted by the registry's rule from the signatories it holds.
stats-totals = Totals
stats-over-time = Signatories over time
stats-chart-summary = Cumulative number of signatories by year, reaching { $total } in { $year }.
stats-chart-table = The table below gives the same figures.
stats-chart-caption = Signatories by the year of their first signing, cumulative. Signatories whose date is unknown are not in the chart.
stats-by-year = Signatories by year of first signing
stats-year = Year
stats-that-year = Signed that year
stats-end-of-year = Total at the end of the year
stats-by-country = Signatories by country
stats-by-country-caption = Signatories by country, most first
stats-published = Counts published elsewhere
stats-published-lead = What Eurocities and the press announced over the years. They disagree with each other in places; the registry's figures above come from its own records.

## Counting rule

counting-eyebrow = About the registry
counting-lede = Press releases say things like “the 33rd European city and 15th EU capital to sign”. The registry computes such numbers by one stated rule, from the signings it holds, so anyone can check them.
counting-order = The order of signings
counting-order-1 = Signings are ordered by their date, then by the order Eurocities staff set among signings of the same day, then by name.
counting-order-2 = A date known only to the month or the year sorts as its first possible day: September 2013 sorts as 1 September 2013.
counting-order-3 = A signing whose date is unknown counts in the totals but has no place in the order, and its profile says so.
counting-order-4 = A signatory's first signing, of any edition, fixes its place. A signatory that later withdraws keeps its place, and so does everyone else: history does not change.
counting-counts = The counts
counting-nth-signatory = Nth signatory
counting-nth-signatory-rule = : place among the first signings of all signatories, whatever the edition.
counting-nth-european = Nth European city
counting-nth-european-rule = : the same, among signatories in European countries;{" "}
counting-first-non-european = first non-European
counting-first-non-european-rule = {" "}likewise among the others.
counting-nth-eu-capital = Nth EU capital
counting-nth-eu-capital-rule = : among national capitals whose country was a member of the European Union (or the European Communities) on the day of the signing. London in 2010 counts; London in 2021 would not; Zagreb before 1 July 2013 would not.
counting-nth-national-capital = Nth national capital
counting-nth-in-country = Nth in its country
counting-nth-edition = Nth to sign an edition
counting-same-order = {" "}follow the same order within their group.
counting-approximate = Approximate places
counting-approximate-body = A place is marked “≈” when it depends on a date known only to the month or the year (its own, or that of another signing whose possible days overlap it), or on signings of the same day whose order staff have not yet set. Staff see every such case in their data-quality list.
counting-as-of = As the registry stood on a day
counting-as-of-body = Every count can be computed as of a past day, with only the signings known to have happened by then: for example
counting-as-of-example = the registry on { $date }
counting-unknown = What the registry does not know
counting-unknown-body = The registry holds the signatories for which a public source exists. Some early signatories are not yet identified, so the registry's numbers can be lower than those announced at the time; profiles show both.
counting-today = Today's totals

## Newsroom and feeds

newsroom-feed-title = Integrating Cities Charter: press releases
newsroom-eyebrow = For journalists
newsroom-lede = Press releases about the charter and its signatories.
newsroom-follow = Follow them by RSS
newsroom-filter = Filter press releases
newsroom-count = { $count ->
    [one] 1 press release.
   *[other] { $count } press releases.
}
newsroom-newer = Newer releases
newsroom-older = Older releases
release-eyebrow = Press release
release-ends = ENDS
release-notes = Notes to editors
release-corrections = Corrections
release-facts = Facts
release-fact-edition = Signed the { $edition }.
release-fact-places = As the registry stood on { $date }: { $name } is { $places }, of { $total } signatories.
release-fact-feed = Feed for { $country }
release-contacts = Press contacts
release-quoted = Quoted
release-follow = Follow
release-follow-press = Press releases (RSS)
release-follow-all = All feeds
feeds-lede = Follow the registry in any feed reader. Every item has a permanent link; press releases appear at their release time, never before. The feeds are written in English.
feeds-caption = Feeds and what they contain
feeds-feed = Feed
feeds-contains = Contains
feeds-all = Everything: press releases, signings, corrections and withdrawals.
feeds-press = Eurocities press releases about the charter and its signatories, at their release time.
feeds-signings = Every city, metropolitan authority or region that signs the charter.
feeds-changes = Corrections appended to press releases, and withdrawals from the charter.
feeds-country = Signings and press releases concerning { $country }.
feeds-edition = Signatories of the { $edition } of the charter.

## Comparison

compare-title = Compare editions: { $from } and { $to }
compare-heading = What changed from the { $from } to the { $to }
compare-same = Both sides are the same edition: choose two different editions to see what changed.
compare-summary = { $changed ->
    [one] 1 passage
   *[other] { $changed } passages
} changed, { $added } added, { $removed } removed and { $moved } moved, among the passages both texts hold.
compare-not-comparable = { $sections ->
    [one] 1 section
   *[other] { $sections } sections
} of the { $to } cannot be compared: the registry does not hold that part of the { $from }.
compare-lede-1 = Computed from the texts held in the registry. Added words are
compare-underlined = underlined
compare-lede-2 = , removed words
compare-struck = struck through
compare-lede-3 = . Apostrophes and the punctuation that ends a list item are not counted as changes.
compare-from = From
compare-to = To
compare-button = Compare
compare-unchanged = Unchanged
compare-changed = Changed
compare-passage-changed = Changed
compare-added = Added
compare-removed = Removed
compare-only-in = Only in the { $edition }
compare-not-held = Not comparable: the { $edition } text is not in the registry
compare-heading-change = Heading:
compare-moved = Moved from position { $from } to { $to }
compare-added-marker = [added]
compare-removed-marker = [removed]

## Open data

open-eyebrow = For researchers and developers
open-lede = The registry's data, as CSV, JSON and a read-only API, with the same filters as the directory.
open-downloads = Downloads
open-downloads-1 = : the directory as you see it. Any query string of
open-downloads-2 = works the same, for example
open-downloads-3 = ; files are named after the date and the filters.
open-api-list = : the same view as JSON, with the same query string.
open-api-one = : one signatory with its signings, sources and places, e.g.
open-api-editions = : the published editions of the charter.
open-api-releases = : press releases already public (never one under embargo).
open-english = The files and the API are in English.
open-fields = Fields
open-fields-caption = Fields of each signatory
open-field = Field
open-meaning = Meaning
open-rule = Counting rule
open-rule-body = Places and totals are computed by one stated rule:
open-licence = Licence
open-licence-body = Creative Commons Attribution 4.0 (CC BY 4.0). Cite as:
field-place = Place in the order of all signatories (“≈” when approximate; empty when the date is unknown)
field-name = Name of the city, metropolitan authority or region
field-slug = Stable identifier, also the address of its profile
field-kind = city, metropolitan_authority or region
field-country-code = ISO 3166-1 alpha-2 code
field-country = Country name
field-national-capital = Whether it is its country's national capital
field-eu-member = Whether its country was an EU member on the day of its first signing
field-status = signed, committed (council decided, not yet signed) or withdrawn
field-signed = Date of its first signing at its precision: YYYY-MM-DD, YYYY-MM, YYYY, or empty when unknown
field-edition = Edition of the charter of its first signing
field-location = Location, in degrees
field-sources = Addresses of the sources for its first signing
field-profile = Address of its profile on this site
field-totals = Signatories in the registry (as of the view's date) and rows in this view
charter-translation = This is a translation; the original text is authoritative.
charter-original-link = Read the original
