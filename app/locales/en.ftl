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
footer-legal = Legal notice
footer-privacy = Privacy
footer-accessibility = Accessibility
legal-eyebrow = About this site
legal-updated = Last reviewed on 30 November 2026.
legal-lede = Who publishes this site, who answers for its content, and how you may reuse it.
legal-publisher = Publisher
legal-publisher-body = This site is published by Eurocities, the network of major European cities, Square de Meeûs 1, B-1000 Brussels, Belgium. Its content is kept by the Eurocities migration team.
legal-content = Content
legal-content-body = The registry records what is known of each signing, with its sources. Where sources disagree or are missing, the registry says so on the signatory’s page and on the page about how signatories are counted, rather than choosing silently.
legal-content-history = Press releases are published as they were issued; a correction is added below a release with its date and reason, never made silently.
legal-reuse = Reuse
legal-reuse-data = The registry’s data (signatories, signings, dates, places and sources) is open data under the Creative Commons Attribution 4.0 licence: see the open data page for the files, the API and how to cite them.
legal-reuse-code = The software that runs this site is free software under the European Union Public Licence 1.2.
legal-links = Links to other sites
legal-links-body = Sources link to the sites that published them (city councils, Eurocities, the press). Those sites are not under Eurocities’ control, and some old addresses no longer answer: the registry keeps each source’s name beside its link.
privacy-lede = What this site keeps about whom, why, and for how long.
privacy-visitors = Visiting the public pages
privacy-visitors-body = The public pages set no cookie, load nothing from other sites and use no analytics or tracking of any kind. Reading a page, a feed or a download tells us nothing about you.
privacy-visitors-logs = To keep the site running, the server writes one line per request: the time, the page asked for, the answer’s status and how long it took. It does not record your IP address or your browser.
privacy-staff = Staff accounts
privacy-staff-body = Eurocities staff who keep the registry have an account: their e-mail address, a password stored only as an Argon2id hash, the secret of their authenticator app, and a session cookie that exists only while they are signed in (strictly necessary, so no consent is asked).
privacy-staff-audit = Every change to the registry is recorded with who made it and when, so that published facts can be traced; these records are kept as long as the registry.
privacy-people = People named in the registry
privacy-people-body = The registry names the mayors and officials who signed the charter, as published by their city or by Eurocities, because the signing is a public act of their office. Press releases name the press contacts they were issued with.
privacy-rights = Your rights
privacy-rights-body = Under the General Data Protection Regulation you may ask to see, correct or erase what concerns you, or object to its use: write to Eurocities, Square de Meeûs 1, B-1000 Brussels. Eurocities is the controller of this data.
privacy-rights-authority = You may also complain to the Belgian Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit).
a11y-lede = Eurocities wants everyone to be able to read the charter, find its signatories and quote its numbers, whatever the way they use the web.
a11y-status = Conformance status
a11y-status-body = This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, the level EN 301 549 requires. It is partially conformant: every check below passes on every change, but no independent expert has audited it yet, and automated checks cannot find every barrier.
a11y-checked = What is checked on every change
a11y-checked-axe = axe-core checks every page type listed below for the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA, once with JavaScript and once without, in headless Chromium.
a11y-checked-html = The Nu HTML Checker validates the same pages; each has its own title and exactly one main heading; the French pages are checked for interface words left in English.
a11y-checked-keyboard = A browser test does the staff’s daily work — registering a signing and its press release — with the keyboard only, with and without JavaScript.
a11y-checked-nojs = Every public page works without JavaScript: its content and forms are complete as the server sends them.
a11y-limits = Known limitations
a11y-limits-map = The map of signatories is a picture: the same list, with countries and dates, is given as a table under it.
a11y-limits-language = Some content exists only in English (press releases, the registry’s notes and sources); on the French pages it is marked as English so that screen readers pronounce it correctly.
a11y-limits-audit = Focus order and reflow on narrow screens are not yet checked automatically, and no user of assistive technology has tested the site yet: we welcome their reports.
a11y-feedback = Feedback
a11y-feedback-body = If something on this site is hard or impossible for you to use, write to Eurocities, Square de Meeûs 1, B-1000 Brussels: tell us the page and what happened, and we will answer with the information in a form you can use.
a11y-pages = Pages checked
a11y-pages-body = { $count } page addresses in English and French are checked, one of each kind of page. Those in this language:
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
error-admins-only-title = For admins only
error-admins-only-body = This screen is for admins: your account is an editor’s. Ask an admin if you need something done here.
error-staff-home-link = Back to the staff dashboard
error-login-link = Staff login
error-unavailable-title = Changes cannot be saved right now
error-unavailable-body = The registry’s database is not accepting changes at the moment (it is read-only or out of space). Nothing was saved. Reading the site works as usual; please try again in a few minutes.
error-internal-title = Something went wrong
error-internal-body = The page could not be shown because of a problem on our side. Please try again in a moment.
error-edition-title = Edition not valid

## Home

home-eyebrow = Eurocities commitment to migrant integration
home-lede = The Integrating Cities Charter is the commitment of Europe's mayors to equal opportunities for all residents and to the integration of migrants. Signatory cities act on it in four roles: as policy-makers, service providers, employers and buyers of goods and services.
home-read = Read the charter
home-what-changed = Compare the 2010 and 2024 texts
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
date-part-day = Day
date-part-month = Month
date-part-year = Year
filter-more = More filters and sorting
filter-more-active = Filters in use: { $active }
filter-active-item = { $label }: { $value }
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
charter-note-history = Explanatory note: the charter’s history
charter-note-funding = Explanatory note: funding
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
place-founding = one of the { $count } founding signatories, who signed together on { $day }
place-together = one of the { $count } signatories who signed together on { $day }

## Profile

confidence-high = high
confidence-medium = medium
confidence-low = low
profile-month-only = (known only to the month)
profile-year-only = (known only to the year)
profile-edition-unconfirmed = — not confirmed: no source says which text was signed; the likeliest is recorded
profile-date-unknown = Signing date unknown
profile-local-names = Local name:
profile-event = Event
profile-place = Place
profile-signed-by = Signed by
profile-council = Council decision
profile-announced = Announced at the time
profile-sources = Sources
profile-no-source = No source is recorded for this signing yet.
profile-no-place = { $name } has no place in the order: the date of its signing is not known. It counts in the total of { $total } signatories.
profile-committed-sentence = { $name } has committed to sign the charter and has not signed it yet: it is not one of the { $total } signatories, and has no place in their order until it signs.
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
profile-announced-lead = Published ordinals as they were announced, each checked against the registry: where the registry gives another number, it is said beside the statement.
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
map-subtitle-dense = { $count } signatories on the map: too many for one dot each, so each square counts the signatories in its area, the darker the more. The table below counts them by country.
map-legend = The darkest squares hold { $most } signatories.
map-cell = { $count ->
    [one] 1 signatory
   *[other] { $count } signatories
}
map-caption-countries = Signatories by country
map-column-count = Signatories

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
counting-order-1 = What is known of each signing's date is a range of days: a day, a month, a year, or bounds such as “not before 1 March 2013, not after 31 December 2015”. No signing is earlier than the launch on 22 February 2010. Signings of the same day are ordered as Eurocities staff set them.
counting-order-2 = One signing comes certainly before another when its last possible day is before the other's first possible day (or, on the same day, when staff have set their order).
counting-order-3 = A signing of which nothing at all is known about the date counts in the totals but has no place, and its profile says so.
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
counting-approximate = Places as ranges
counting-approximate-body = A place is exact when every other signing in the same count comes certainly before or certainly after it: Toronto is exactly the 1st non-European city, although its day in December 2014 is not known. Otherwise the place is the range of places it can hold: “the 31st–32nd signatory”. Signatories who signed together on one day without an order hold their places together: “one of the 17 founding signatories, who signed together on 22 February 2010”.
counting-as-of = As the registry stood on a day
counting-as-of-body = Every count can be computed as of a past day, with only the signings known to have happened by then: for example
counting-as-of-example = the registry on { $date }
counting-unknown = What the registry does not know
counting-unknown-body = Some early signatories are known to exist only because the announcements count them: { $unidentified } signatories implied by the statements are not yet named. They count in totals and places like any signatory, appear in the directory as “not yet identified”, and are never given invented names. Where one of their facts is not known (for example whether it is a capital), the places that depend on it become ranges.
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
admin-release-delete = Delete this draft
admin-release-delete-intro = For a draft made by mistake (a duplicate, the wrong signing). It has never been public, so nothing public changes. A release that is public is never deleted: unpublish it, or add a correction.
admin-release-delete-confirm = Yes, delete this draft and its quotes and contacts
admin-release-delete-submit = Delete the draft
msg-release-delete-confirm = Tick the box to confirm that this draft should be deleted.
msg-release-delete-not-draft = Only a draft that was never scheduled can be deleted: this release is, or was, scheduled or public. Unpublish it, or add a correction.
msg-release-deleted = The draft “{ $title }” is deleted.
audit-release-delete = Press release draft deleted
release-number-place = { $name }: “{ $before }” → “{ $after }”
release-number-total = Total: { $before } → { $after } signatories
msg-release-numbers-changed = The registry’s numbers changed since this text was written: check the text, then tick the box to confirm.
admin-release-numbers = Numbers that changed since the text was written
admin-release-numbers-intro = The fact box beside the release shows the registry on its release day. These places or totals are not the ones the text was written with:
admin-release-numbers-confirm = I have checked the text: it matches the registry’s numbers
feeds-lede = Follow the registry in any feed reader. Every item has a permanent link; press releases appear at their release time, never before. Every feed exists in English and in French; a press release keeps the language it was written in.
feeds-caption = Feeds and what they contain
feeds-feed = Feed
feeds-contains = Contains
feeds-all = Everything: press releases, signings, corrections and withdrawals.
feeds-press = Eurocities press releases about the charter and its signatories, at their release time.
feeds-signings = Every city, metropolitan authority or region that signs the charter.
feeds-changes = Corrections appended to press releases, and withdrawals from the charter.
feeds-country = Signings and press releases concerning { $country }.
feeds-edition = Signatories of the { $edition } of the charter.
feed-changes-title = Integrating Cities Charter: corrections and changes
feed-edition-title = Integrating Cities Charter: signatories of the { $edition }
signing-headline = { $name } signs the Integrating Cities Charter
feed-signing-description = { $name } ({ $kind }, { $country }) signed the Integrating Cities Charter, { $edition }, { $when }
feed-signing-at = { $signing }, at { $event }.
feed-signing-end = { $signing }.
signing-on = on { $date }
signing-in = in { $date }
signing-unknown-date = on a date not yet known
feed-correction-title = Correction: { $title }
feed-withdrawal-title = { $name } withdraws from the Integrating Cities Charter
feed-category-press = press release
feed-category-signing = signing
feed-category-change = correction or change
feed-missing = No such feed.
feed-failed = The feed could not be built.

## The press release drafted from a signing (written in English: Eurocities releases are)

release-draft-summary = { $name } ({ $country }) signed the Integrating Cities Charter.
release-draft-summary-places = { $name } ({ $country }) signed the Integrating Cities Charter { $when }, becoming { $places }.
release-draft-body = With this signature, the charter counts { $total } signatories. By signing, { $name } commits to the charter's principles as policymaker, service provider, employer and buyer of goods and services.
release-draft-event = The charter was signed at { $event }.
release-draft-signed-by = It was signed by { $name }.
release-draft-signed-by-role = It was signed by { $name }, { $role }.

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
field-place = Place in the order of all signatories ("31st–32nd" when it is a range; empty when nothing is known of the date); place_min and place_max give each count as numbers
field-name = Name
field-slug = Stable identifier, also the address of its profile
field-kind = Kind
field-country-code = ISO 3166-1 alpha-2 code
field-country = Country
field-national-capital = National capital
field-eu-member = Whether its country was an EU member on the day of its first signing
field-status = Status
field-signed = Date of its first signing at its precision: YYYY-MM-DD, YYYY-MM, YYYY, or empty when unknown
field-edition = Edition of the charter of its first signing
field-location = Location, in degrees
field-sources = Addresses of the sources for its first signing
field-profile = Address of its profile on this site
field-totals = Signatories in the registry (as of the view's date) and rows in this view
charter-translation = This is a translation; the original text is authoritative.
charter-original-link = Read the original

## Messages of forms, query strings and imports

msg-bad-arguments = The request’s arguments are not valid.

msg-edition-choose-original = Choose a published edition to translate.
msg-edition-choose-language = Choose the language of the translation.
msg-edition-same-language = The edition is already in this language: choose another.
msg-edition-translation-exists = A translation of this edition into this language exists already: edit it instead.
msg-edition-translation-not-created = No translation was created: see below.
msg-edition-exists = An edition { $slug } exists already.
msg-edition-title = Write the edition's title (at most 120 characters).
msg-edition-not-created = No edition was created: see below.
msg-section-kind = Choose the kind of the new section.
msg-section-key = Write a short key for the new section (a-z, 0-9 and hyphens), e.g. preamble.
msg-section-text = Write the new section's text.
msg-structure-duplicate-key = The section key { $key } appears twice.
msg-structure-role-heading = The role { $key } has no heading.
msg-structure-role-items = The role { $key } has no commitment: give at least one, one per line.
msg-structure-footnote = The footnote ({ $marker }) is called but not given.
msg-max-chars = Use at most { $max } characters.
msg-not-saved = Not saved: correct the fields marked below.
msg-signing-not-saved = The signing was not saved: correct the fields marked below.
msg-invite-created = Invitation for a new { $role } created. Send this link to the person; it works once, for 7 days.
msg-unknown-change = Unknown change.
msg-import-empty = Paste the CSV, or choose a file.
msg-saved = Saved.
msg-edition-published = Published. An edition becomes the current one, earlier editions stay readable; a translation is shown in place of its original on the pages in its language.
msg-only-draft = Only a draft can be published.
msg-unknown-action = Unknown action.
msg-edition-empty = Choose an edition.
msg-edition-slug-long = An edition name has at most { $max } characters.
msg-edition-slug-chars = An edition name has only lower-case letters, digits and hyphens.
msg-date-not-full = “{ $text }” is not a full date: write it as YYYY-MM-DD.
msg-date-bad = “{ $text }” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.
msg-date-no-such-day = “{ $text }” is not a day of the calendar.
msg-param-yes-no = { $field } must be yes or no.
msg-param-q = The search text has at most 100 characters.
msg-param-country = country must be a two-letter ISO code such as FR.
msg-param-kind = kind must be city, metropolitan_authority or region.
msg-param-status = status must be signed, committed or withdrawn.
msg-param-year = year must be a year such as 2013.
msg-param-edition = edition must be an edition such as 2010 or 2024.
msg-param-sort = sort must be order, name or country.
msg-param-staff-sort = sort must be name, country, status or signings (a leading - reverses it).
msg-param-release-state = state must be draft, scheduled or published.
msg-param-release-sort = sort must be attention, title, state or time (a leading - reverses it).
msg-param-page = page must be a whole number from 1.
msg-param-record-kind = the kind of record is a word of letters and underscores (signatory, signing, press_release…).
msg-param-record-id = the record is named by its slug or number: letters, digits, hyphens and underscores only.
msg-param-from = “from” must be a day written YYYY-MM-DD.
msg-param-to = “to” must be a day written YYYY-MM-DD.
msg-param-days-order = the “from” day comes after the “to” day: swap them.
msg-param-as-of = “{ $text }” is not a day: write it as YYYY-MM-DD (2013-12-18), or as day, month and year.
msg-staff-self = You cannot disable or demote your own account: ask another admin.
msg-email = Write an email address such as name@eurocities.eu.
msg-person-name = Write a name of 1 to 100 characters.
msg-staff-role = { $name } is now { $role }.
msg-staff-disabled = { $name } is disabled and logged out everywhere.
msg-staff-enabled = { $name } can log in again.
msg-staff-totp-reset = { $name } will set up a new authenticator at the next login.
msg-role = Choose a role: admin or editor.
msg-password-short = Use at least 8 characters; a few words with spaces work well.
msg-password-common = This password is too common or easy to guess. Choose another one.
msg-url = “{ $text }” is not a web address: write it in full, starting with https://
msg-signatory-name = Write the name of the city, authority or region.
msg-country = Choose the country.
msg-kind = Choose city, metropolitan authority or region.
msg-signatory-exists = { $name } is already in the registry: choose it in the list above instead.
msg-signatory-choose = Choose a signatory from the list, or “New signatory”.
msg-signing-edition = Choose the edition that was signed.
msg-signing-date = Write the date of the signing: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.
msg-position = Write a whole number from 1, or leave it empty.
msg-council-date = Write the council decision's date as YYYY-MM-DD, or leave it empty.
msg-line = Line { $line }: { $message }
msg-source-label-long = Line { $line }: use at most 300 characters for a label.
msg-release-title = Write the title.
msg-release-dateline = Write the dateline (the city it is sent from).
msg-release-summary = Write a one-paragraph summary.
msg-release-body = Write the text.
msg-release-date = Write the release date as YYYY-MM-DD.
msg-release-time = Write the release time as HH:MM (24-hour, Brussels time).
msg-release-public = This release is public: its text is not changed silently. Append a correction below.
msg-release-saved-draft = Saved as a draft: not public.
msg-release-scheduled = Scheduled: public from { $at }. Until then it is under embargo.
msg-release-published = Published: the release is public now.
msg-correction-reason = Write why the release is corrected (at most 300 characters).
msg-correction-text = Write the correction (at most 5,000 characters).
msg-correction-not-added = The correction was not added: see below.
msg-correction-added = Correction appended; it is shown on the release and announced in the changes feed.
msg-name-120 = Write the name (at most 120 characters).
msg-local-names = Write one local name per line as a language code, a colon and the name (nl: Brussel); line { $line } is not written that way.
msg-local-names-count = At most { $max } other names.
msg-latitude = Write the latitude in degrees, between -90 and 90 (50.8503), or leave both coordinates empty.
msg-longitude = Write the longitude in degrees, between -180 and 180 (4.3517), or leave both coordinates empty.
msg-withdrawal-date = Write the date of the withdrawal as YYYY-MM-DD.
msg-withdrawal-reason = Write the reason (at most 1,000 characters); it is shown publicly.
msg-already-withdrawn = This signatory is already withdrawn.
msg-signatory-exists-short = { $name } is already in the registry.
msg-signatory-not-created = No signatory was created: see below.
msg-required = Fill in this field.
msg-control-chars = Remove the control characters from this field.
msg-wg-as-of = Write when this description held as YYYY, YYYY-MM or YYYY-MM-DD.
msg-wg-as-of-future = This date is in the future: write when the description held.
msg-wg-language = Choose the language the text is written in.
msg-wg-person = Write the name of the person who holds this role, or leave the role empty too.
msg-stale = Not saved: someone else saved this page after you opened it. Your text is kept below; compare it with the public page, then save again to replace theirs.
msg-wg-saved = Saved. The public page shows the new text now.
msg-email-taken = An account with this email exists already: log in instead.

## The CSV import

imp-problem = line { $line }, column { $column }: { $reason }
imp-slug = “{ $value }” is not a slug (a-z, 0-9 and single hyphens)
imp-name = write the name (at most 120 characters)
imp-kind = “{ $value }” is not city, metropolitan_authority or region
imp-country = “{ $value }” is not a known country code
imp-status = “{ $value }” is not signed, committed or withdrawn
imp-edition = “{ $value }” is not an edition
imp-position = “{ $value }” is not a whole number from 1
imp-day = “{ $value }” is not a date YYYY-MM-DD
imp-yes-no = “{ $value }” is not yes or no
imp-header = line 1: the header must be exactly: { $expected } (found: { $found })
imp-unreadable = line { $line }: { $error }
imp-too-many = the file has more than { $max } rows: split it
imp-duplicate = line { $line }, column slug: the same signatory and edition as line { $first }
imp-applied = Imported: { $creates } created, { $changes } changed, { $unchanged } unchanged.
imp-dry-run = Dry run: { $creates } would be created, { $changes } changed, { $unchanged } unchanged. Nothing was written yet.
imp-refused = Nothing was imported: { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    } to fix first.
imp-action-create = new
imp-action-change = changed
imp-action-unchanged = unchanged
imp-action-problem = problem

## The dashboard’s data-quality list

quality-no-source = Signing without a source
quality-no-source-detail = The signing of { $date } has no source.
quality-partial-date = Date known only to the month or year
quality-partial-date-detail = Signing date: { $date }; its places may be ranges until a source gives the day.
quality-tie = Signings of the same day not ordered
quality-tie-detail = { $names } signed on the same day; set each one’s position on that day to fix their places.
quality-unknown-date = Unknown date
quality-unknown-date-detail = Counted in the totals, but without a place.

## The places preview of a signing

preview-no-place = { $name } gets no place: its date is not known. It is counted in the total of { $total }.
preview-places = { $name } will be { $places }.
preview-total = The registry will count { $total } signatories.

## Staff screens

admin-nav-dashboard = Dashboard
admin-nav-register = Register a signing
admin-nav-signatories = Signatories
admin-nav-releases = Press releases
admin-nav-editions = Editions
admin-nav-working-group = Working group
admin-nav-conferences = Conferences
admin-conferences-intro = The Integrating Cities conferences, as the about page lists them with the signings made at each. A signing is linked to a conference when its event starts with the conference’s name (“Integrating Cities VI, Tampere”).
admin-conferences-caption = Integrating Cities conferences, oldest first
admin-conference = Conference
admin-conference-place = Where
admin-conference-dates = When
admin-conference-add = Add a conference
admin-conference-number = Number (Roman numeral)
admin-conference-number-hint = As Eurocities numbers them: VI for the sixth.
admin-conference-city = City
admin-conference-starts = First day
admin-conference-ends = Last day (if it lasted several days)
admin-partial-date-hint = YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more.
admin-conference-note = Note (shown publicly, in English)
admin-conference-note-hint = For example: charter launched and signed by 17 mayors.
admin-conference-named = { $n ->
        [0] No signing names it yet.
        [one] One signing names it.
       *[other] { $n } signings name it.
    }
admin-conference-delete = Delete a conference added by mistake
admin-conference-delete-intro = For a conference that never took place as entered (a duplicate, a wrong number). The audit log keeps what it was.
admin-conference-delete-confirm = Yes, delete this conference
admin-conference-delete-submit = Delete the conference
admin-conference-delete-not = It cannot be deleted, nor renumbered, while signings name it: the about page lists them under it. Correct those signings’ event first if they were entered against the wrong conference.
admin-conference-edit-title = Edit a conference
msg-conference-number = Type the conference’s number in Roman numerals (I, II, … X), at most 10 letters.
msg-conference-city = Type the city where it took place.
msg-conference-country = Choose the country where it took place.
msg-conference-date = Type a date as YYYY-MM-DD, YYYY-MM or YYYY.
msg-conference-ends-before = The last day comes before the first day.
msg-conference-taken = Integrating Cities { $number } is already in the list.
msg-conference-number-named = Signings name this conference by its number: it keeps it while they do.
msg-conference-saved = Integrating Cities { $number } saved.
msg-conference-delete-confirm = Tick the box to confirm that this conference should be deleted.
msg-conference-delete-named = Not deleted: signings name this conference.
msg-conference-deleted = Integrating Cities { $number } is deleted.
admin-nav-import = Import and export
admin-nav-audit = Audit log
admin-nav-staff = Staff
admin-nav-label = Staff
role-admin = admin
role-editor = editor
admin-logout = Log out
form-required = required
form-problem = There is a problem
admin-login-title = Staff login
admin-login-intro = For the Eurocities migration team. You will also need the code from your authenticator app.
admin-login-failed = Login failed: the email or password is not right, or the account is paused for 15 minutes after repeated failures.
admin-login-busy = Too many logins are being checked right now. Wait a few seconds and try again.
admin-code-recovery-hint = Lost your phone? Write one of your recovery codes instead (each works once).
admin-logged-out = You are logged out.
admin-email = Email
admin-password = Password
admin-continue = Continue
admin-code-enroll-title = Set up your authenticator
admin-code-title = Enter your code
admin-code-failed = That code did not work. Codes change every 30 seconds and each works once: wait for the next one.
admin-code-enroll-intro = Every staff account needs a second factor. In an authenticator app (such as FreeOTP, Aegis or Google Authenticator), add an account with this key, then type the 6-digit code it shows.
admin-code-key = Key:
admin-code-qr = A QR code holding the key below: scan it with your authenticator app.
admin-code-open = Open in an authenticator app on this device
admin-code-label = 6-digit code
admin-log-in = Log in
admin-setup-title = Set up your staff account
admin-setup-intro = This link creates one { $role } account and then stops working.
admin-your-name = Your name
admin-password-hint = At least 8 characters; a few words with spaces work well. Pasting from a password manager is welcome.
admin-create-account = Create my account
admin-count-signatories = { $n ->
        [one] signatory
       *[other] signatories
    }
admin-count-european = { $n ->
        [one] European signatory
       *[other] European signatories
    }
admin-count-eu-capitals = { $n ->
        [one] EU capital
       *[other] EU capitals
    }
admin-count-countries = { $n ->
        [one] country
       *[other] countries
    }
admin-table-scrolls = Table, scrolls sideways on small screens
admin-audit-when = When (UTC)
admin-audit-who = Who
admin-audit-action = Action
admin-audit-changes = What changed
admin-audit-csv = Download these records (CSV, every page)
admin-audit-code = Action code
audit-field-label = { $field }:
audit-login-ok = Signed in
audit-login-failed = Sign-in refused (password)
audit-login-code-failed = Sign-in refused (code)
audit-login-lockout = Account locked after failed attempts
audit-login-recovery-code = Signed in with a recovery code
audit-login-refused = Sign-in refused
audit-logout = Signed out
audit-account-password = Changed own password
audit-account-recovery-codes = Made new recovery codes
audit-account-reauth-failed = Wrong password or code on own account
audit-signing-create = Signing registered
audit-signing-update = Signing corrected
audit-signing-delete = Signing deleted
audit-signing-hold = Signing held back
audit-signing-release = Signing released
audit-signatory-create = Signatory added
audit-signatory-update = Signatory edited
audit-signatory-withdraw = Withdrawal recorded
audit-signatory-status = Signatory status changed
audit-signatory-delete = Signatory deleted (added by mistake)
audit-release-create = Press release drafted
audit-release-correct = Correction added to a press release
audit-release-save = Press release edited
audit-release-schedule = Press release scheduled
audit-release-unpublish = Press release taken back to draft
audit-release-held = Press release held back: its numbers changed
audit-edition-create = Edition created
audit-edition-update = Edition edited
audit-edition-publish = Edition published
audit-edition-translate = Edition translated
audit-edition-delete = Draft edition deleted
audit-staff-create = Staff account created
audit-staff-disable = Staff account disabled
audit-staff-enable = Staff account enabled
audit-staff-invite = Invitation sent
audit-staff-invite-revoke = Invitation revoked
audit-staff-reset-totp = Authenticator reset
audit-staff-role = Role changed
audit-statement-create = Statement added
audit-statement-set-aside = Statement set aside
audit-statement-restore = Statement restored
audit-unidentified-create = Unidentified signatories added
audit-unidentified-merge = Unidentified signatory identified
audit-working-group-update = Working group page edited
audit-conference-create = Conference added
audit-conference-update = Conference edited
audit-conference-delete = Conference deleted (added by mistake)
field-website = Website
field-names = Other names
field-latitude = Latitude
field-longitude = Longitude
field-withdrawn-reason = Reason for withdrawal
field-role = Role
field-numbers = Numbers that changed
field-quotes = Quotes
field-contacts = Press contacts
field-number = Number
field-city = City
field-starts-on = First day
field-ends-on = Last day
field-note = Public note
admin-audit-record = Record
admin-audit-before = Before
admin-audit-after = After
admin-count-drafts = { $n ->
        [one] press release draft
       *[other] press release drafts
    }
admin-count-scheduled = scheduled (under embargo)
admin-latest = Latest changes
admin-latest-caption = The ten latest records of the audit log
admin-whole-audit = The whole audit log
admin-history-of = History of { $record }
admin-history-link = History of this record
admin-audit-kind = Kind of record
admin-audit-all-kinds = All kinds
admin-audit-id = Record
admin-audit-id-hint = Its slug (paris) or number, as the Record column shows it.
admin-audit-from = From (day, UTC)
admin-audit-to = To (day, UTC)
audit-kind-signatory = Signatory
audit-kind-signing = Signing
audit-kind-press_release = Press release
audit-kind-edition = Charter edition
audit-kind-staff = Staff account
audit-kind-staff_invite = Staff invitation
audit-kind-working_group = Working group page
audit-kind-unidentified_signatory = Unidentified signatory
audit-kind-announced_statement = Announced statement
audit-kind-conference = Conference
admin-quality-title = Data quality ({ $n })
admin-quality-intro = What the registry cannot confirm, or counts only approximately. Fix the records, or add what is missing.
admin-dashboard-title = Staff dashboard
admin-audit-intro = Every change, who made it and when (UTC), with the values before and after. Logins and logouts too; never passwords or session ids.
admin-audit-all = All actions
admin-audit-actor = Who (email contains)
admin-filter = Filter
admin-audit-status = { $total ->
        [one] { $total } record
       *[other] { $total } records
    }; page { $page } of { $pages }.
admin-audit-caption = Audit records, newest first
admin-pages = Pages
admin-newer = Newer
admin-older = Older
admin-editions-title = Charter editions
edition-status-draft = draft
edition-status-published = published
edition-status-current = { $status }, current
admin-editions-caption = Editions, newest first
admin-edition = Edition
admin-status = Status
admin-notes = Notes
admin-edition-translation-of = Translation ({ $language }) of { $original }.
admin-preamble-missing = Preamble missing
admin-edition-new = Start a new edition
admin-edition-new-intro = The new edition starts as a draft copy of the current one. Edit it, preview it, then publish it: it becomes the current edition and the earlier ones stay readable.
admin-edition-slug = Year (its address)
admin-edition-slug-hint = e.g. 2030
admin-title = Title
admin-edition-title-hint = e.g. 2030 edition
admin-edition-create = Create the draft
admin-edition-translate = Translate an edition
admin-edition-translate-intro = The translation starts as a draft copy of the edition’s text. Translate each section, preview it, then publish it: the pages in its language show it in place of the original, with a link to the original. It never becomes the current edition itself.
admin-choose-edition = Choose an edition
admin-translation-language = Language of the translation
admin-choose-language = Choose a language
admin-edition-translate-start = Start the translation
admin-section-first = At the start (e.g. a preamble)
admin-section-last = At the end
admin-edition-heading = Edition { $slug }
admin-edition-is-translation = A translation of the { $original } edition. Publishing it shows it on the pages in its language; it does not change the current edition.
admin-status-label = Status:
admin-preview-published = Preview as published
admin-edition-about = About the edition
admin-subtitle = Subtitle
admin-editorial-note = Editorial note
admin-editorial-note-hint = Shown above the text, e.g. what the source lacks.
admin-preamble-complete = The preamble is complete
admin-heading = Heading
admin-paragraphs = Paragraphs
admin-paragraphs-hint = A blank line between paragraphs.
admin-commitments = Listed commitments
admin-one-per-line = One per line.
section-kind-preamble = preamble
section-kind-role = role
section-kind-closing = closing
section-kind-note = note
section-kind-footnote = footnote
admin-section-add = Add a section (optional)
admin-section-kind = Kind
admin-section-none = No new section
admin-section-key = Key
admin-section-key-hint = A short name, e.g. preamble.
admin-section-where = Where
admin-save = Save
admin-publish-translation = Publish the translation
admin-publish-current = Publish as the current edition
admin-edition-edit-title = Edit edition
admin-edition-preview-notice = Preview: this is how the edition reads on its public page.
release-state-draft = Draft
release-state-scheduled = Scheduled (under embargo)
release-state-published = Published
brussels-time = { $day }, { $time } Brussels time
admin-release-when = Release time: { $at } ({ $left }).
duration-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
duration-hours = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
duration-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
time-in = in { $span }
time-ago = { $span } ago
admin-releases-intro = Drafts are drafted from a saved signing (“Draft a press release”). Scheduled releases stay under embargo until their time.
admin-release-search = Title contains
admin-any-state = Any state
admin-releases-count = { $n ->
        [one] { $n } press release.
       *[other] { $n } press releases.
    }
admin-releases-caption = Press releases (by default drafts and scheduled first; a column header sorts by it)
admin-state = State
admin-release-time = Release time
admin-state-label = State:
admin-preview-exact = Preview exactly as published
admin-public-page = Public page
admin-dateline = Dateline
admin-dateline-hint = The city it is sent from, e.g. Brussels.
admin-summary = Summary
admin-summary-hint = One paragraph: lists and feeds show it.
admin-text = Text
admin-markdown-hint = Markdown: blank line between paragraphs, **bold**, [link](https://…).
admin-notes-editors = Notes to editors
admin-quotes = Quotes
admin-people-hint = Each quote and contact has its own group of fields; an empty group is left out, and emptying one removes it when you save. Save to get an empty group for another one.
admin-quote-n = Quote { $n }
admin-quote-speaker = Who said it
admin-quote-role = Their role (e.g. Mayor of Paris)
admin-quote-text = What they said
admin-contacts = Press contacts
admin-contact-n = Contact { $n }
admin-contact-name = Name
admin-contact-role = Role (e.g. Press officer, Eurocities)
admin-contact-email = Email address
msg-quote-speaker = Say who said it.
msg-quote-text = Type what they said.
msg-contact-name = Type the contact’s name.
msg-contact-email = Type an email address like press@example.org.
admin-release-time-legend = Release time (Brussels time)
admin-date = Date
admin-date-hint = YYYY-MM-DD
admin-time = Time
admin-time-hint = HH:MM, 24-hour
admin-release-schedule = Publish at the release time
msg-release-schedule-admin = Saved as a draft. An admin schedules releases: ask one to check it and schedule it.
admin-release-schedule-by-admin = An admin schedules releases: save your changes and ask one to check and schedule it.
admin-release-unpublish = Back to draft
admin-correction-title = Append a correction
admin-correction-intro = A public release is never rewritten silently: a correction is shown on it with its date and reason, and announced in the changes feed.
admin-reason = Reason
admin-correction = Correction
admin-correction-submit = Append the correction
admin-corrections = Corrections
admin-colon = : 
admin-release-edit-title = Edit press release
admin-release-preview-notice = Preview: this is how the release will look when it is public.
admin-name-contains = Name contains
admin-search = Search
admin-signatories-count = { $n ->
        [one] { $n } signatory.
       *[other] { $n } signatories.
    }
admin-register-new = Register a signing (new signatory)
admin-add-committed = Add a city that has committed but not signed yet
admin-name = Name
admin-country = Country
admin-choose-country = Choose a country
admin-choose-kind = Choose a kind
admin-national-capital = It is the national capital
admin-website = Website
admin-website-hint = Starting with https://
admin-account-title = Your account
admin-account-current = Your current password
admin-account-code = Code from your authenticator app
admin-account-code-hint = The 6 digits your app shows now, or one of your unused recovery codes.
admin-account-password = Change your password
admin-account-password-intro = You stay signed in here; every other place where your account is signed in is signed out.
admin-account-new = New password
admin-account-new-hint = At least 8 characters; a few words with spaces work well.
admin-account-password-submit = Change the password
admin-account-codes = Recovery codes
admin-account-codes-intro = If you lose your phone, sign in with one of your recovery codes instead of the authenticator code: each works once. Unused codes left: { $left }. Making new codes stops the earlier ones from working.
admin-account-codes-submit = Make new recovery codes
admin-account-codes-new = Your new recovery codes
admin-account-codes-once = Write them down or print this page now and keep them somewhere safe: they are shown only this once.
msg-account-current-password = Write your current password.
msg-account-current-password-wrong = This is not your current password.
msg-account-code = Write the code from your authenticator app, or a recovery code.
msg-account-code-wrong = This code is not valid: write the code your app shows now, or an unused recovery code.
msg-account-code-used = This code was used meanwhile: write the next code your app shows.
msg-account-locked = Too many wrong attempts: your account is locked for a while. Try again later.
msg-account-password-changed = Your password is changed. Your other sessions are signed out.
msg-account-codes-made = New recovery codes made; the earlier ones no longer work.
admin-name-fr = Name in French
admin-name-fr-hint = Shown on the French pages (Bruxelles, Anvers). Leave empty when it is the English name.
admin-local-names = Local names
admin-local-names-hint = The names the city itself uses, one per line: language code, colon, name (nl: Brussel). Shown beside the name; search finds the city by any of them.
admin-coordinates = Place on the map
admin-coordinates-hint = In decimal degrees, as a map site gives them (Brussels: 50.8503, 4.3517). Without them the city is listed but not drawn on the map.
admin-latitude = Latitude
admin-longitude = Longitude
admin-add-signatory = Add the signatory
admin-signatories-caption = Signatories, in the order of the column marked with an arrow
admin-any-status = Any status
admin-any-country = Any country
admin-page-of = Page { $page } of { $pages }.
admin-list-csv = Download this list (CSV, every page, in this order)
admin-page-previous = Previous page
admin-page-next = Next page
admin-slug = Address name (slug)
admin-id = Number
admin-signings = Signings
admin-actions = Actions
admin-register-of = Register a signing of { $name }
admin-its-signings = Its signings
admin-no-signing-yet = No signing registered yet.
admin-signing-of-day = { $date }: open, correct or delete this signing
admin-details = Details
admin-day-order-title = Signings of { $day }: their order
admin-day-order-intro = { $n } signatories signed on this day. Give each its position among them (1 signed first): their places in every count follow, and the numbers of releases under embargo are checked again.
admin-day-order-position = Position of { $name }
admin-day-order-open = Open the signing of { $name }
admin-day-order-save = Save the order
admin-day-order-short = Order of a day’s signings
msg-param-day = The day in the address must be written YYYY-MM-DD.
msg-day-order-twice = Position { $position } is given twice: each signing gets its own.
msg-day-order-position = Give a position from 1 to { $n }.
msg-day-order-changed = Not saved: a signing of this day was changed meanwhile. Check the order again.
msg-day-order-saved = The order of the signings of { $day } is saved ({ $n } changed).
admin-signatories-title = Signatories (staff)
admin-edit-named = Edit { $name }
admin-public-profile = Public profile
admin-withdraw = Withdraw
admin-withdraw-intro = A withdrawn signatory keeps its place in the history; the directory shows the withdrawal with its date and reason.
admin-withdrawn-on = Date of the withdrawal
admin-withdrawn-reason = Reason (shown publicly)
admin-withdraw-submit = Withdraw the signatory
admin-signatory-delete = Delete a signatory added by mistake
admin-signatory-delete-intro = For a record that should never have existed (a duplicate, a typo, the wrong city). Deleting removes it from the registry as if it had never been added; the audit log keeps what it was. A city that signed and then left is not a mistake: record its withdrawal above, so that its place in the history stays.
admin-signatory-delete-confirm = Yes, delete this signatory and its other names
admin-signatory-delete-submit = Delete the signatory
admin-signatory-delete-not = It cannot be deleted while a signing or an announced statement names it: those are public facts. If a signing was entered by mistake, delete that signing from its own screen first; if the city left the charter, record a withdrawal.
msg-signatory-delete-confirm = Tick the box to confirm that this signatory should be deleted.
msg-signatory-delete-referenced = Not deleted: a signing or an announced statement names this signatory now.
msg-signatory-deleted = { $name } is deleted.
admin-signatory-edit-title = Edit signatory
admin-new-signatory-option = New signatory (describe it below)
admin-signing-intro = Fields marked (required) must be filled. Use “Preview” to see the places this signing will get before saving.
admin-who-signed = Who signed
admin-signatory = Signatory
admin-signatory-hint = Choose it in the list when it is already in the registry.
admin-new-name = Name of a new signatory
admin-new-name-hint = As it is written in English, e.g. “Vilnius”.
admin-the-signing = The signing
admin-edition-signed = Edition signed
admin-edition-confirmed = A source confirms which edition was signed
admin-signing-date-hint = YYYY-MM-DD; YYYY-MM or YYYY when only that is known; empty when only a range is known (give it below).
admin-position = Position on that day
admin-position-hint = When several signed the same day: 1 for the first. Leave empty otherwise.
admin-event = Event
admin-event-hint = e.g. “Eurocities Integrating Cities conference, Milan”
admin-place = Place
admin-signed-by = Signed by
admin-signed-by-hint = The person who signed, e.g. the mayor.
admin-signer-title = Their title
admin-council-date = Council decision date
admin-council-date-hint = YYYY-MM-DD, if known.
admin-sources = Sources
admin-sources-hint = One per line: “label | https://address”, or just the address.
admin-announced = Announced ordinal
admin-announced-hint = As published, e.g. “the 33rd European city and 15th EU capital”.
admin-preview-title = Places this signing will get
admin-preview-empty = Choose who signed, the edition and the date, then press “Preview”.
admin-preview-failed = The places could not be computed just now; press “Preview”.
admin-preview = Preview
admin-save-signing = Save the signing
admin-signing-saved-title = Signing of { $name }
admin-signing-saved = Public: it is in the directory.
admin-its-places = Its places
admin-place-line = { $name } is { $place }.
admin-signing-scheduled = Scheduled — public from { $when } (Brussels time). Until then it appears nowhere public; the places below are the ones it will take.
admin-signing-held = Held back — it appears nowhere public until you release it; the places below are the ones it will take.
admin-signing-hold = Hold back from the public
admin-signing-release = Release to the public
admin-see-profile = See the public profile
admin-draft-release = Draft a press release
admin-open-release = Open its press release
admin-draft-another-release = Draft another press release
admin-release-publish-now = Publish now (the release time has passed)
msg-release-past = This time has passed: the release would be public at once. Tick “Publish now” to confirm, or choose a later time.
msg-release-confirm-now = Not published: its release time has passed.
msg-release-draft-exists = This signing has a press release already: here it is. To write another, use “Draft another press release” on the signing’s page.
msg-edition-publish-admin = Only an admin can publish an edition: ask one to review and publish it.
admin-edition-delete = Delete this draft
admin-edition-delete-intro = For a draft made by mistake. It has never been public, so nothing public changes; the audit log keeps what it was. A published edition is never deleted: it stays readable as the text the cities of its time signed.
admin-edition-delete-confirm = Yes, delete this draft edition and its sections
admin-edition-delete-submit = Delete the draft edition
msg-edition-delete-confirm = Tick the box to confirm that this draft edition should be deleted.
msg-edition-delete-not-draft = Only a draft can be deleted: this edition is published.
msg-edition-delete-named = Not deleted: a signing, an unidentified signatory or a translation names this edition.
msg-edition-deleted = The draft edition “{ $title }” is deleted.
admin-signing-saved-short = A signing
admin-invite-link = Invitation link
admin-staff-caption = Staff accounts
admin-role = Role
admin-account-disabled = disabled
admin-account-active = active
admin-account-no-totp = active, authenticator not set up
admin-make-editor = Make { $name } an editor
admin-make-admin = Make { $name } an admin
admin-enable = Enable { $name }
admin-disable = Disable { $name }
admin-reset-totp = Reset { $name }’s authenticator
admin-invites-pending = Pending invitations
admin-invites-none = No invitation is waiting to be used.
admin-invites-caption = Invitation links not used yet (each works once, for 7 days, while its sender is an enabled admin)
admin-invite-sent-by = Sent by
admin-invite-sent-on = Sent on
admin-invite-expires = Expires on
admin-invite-revoke = Revoke the invitation sent by { $sent_by } on { $on }
msg-invite-revoked = The invitation is revoked: its link no longer works.
msg-staff-last-admin = This change would leave no enabled admin: another admin must remain.
admin-invite = Invite someone
admin-role-editor-option = Editor: signatories, signings, press releases
admin-role-admin-option = Admin: also manages staff
admin-invite-submit = Create an invitation link
admin-export = Export
admin-export-csv = Signatories, signings and sources (CSV, the import format)
admin-export-json = Press releases with quotes, contacts and corrections (JSON)
admin-import = Import
admin-import-intro = Choose or paste a CSV in the export's format (one row per signing; the README documents each column). “Check” reports row by row what would be created or changed and every problem, and writes nothing. “Import” writes all rows in one go, or none if any row has a problem.
admin-csv-file = CSV file
admin-check-file = Check the file (dry run)
admin-import-file = Import the file
admin-paste-csv = Or paste the CSV:
admin-check = Check (dry run)
admin-import-submit = Import
admin-import-done = What was imported
admin-import-would = What the import would do
admin-import-problems = { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    }: nothing was imported
admin-rows = Rows
admin-line = Line
admin-detail = Detail
admin-wg-title = Working group page
admin-wg-intro-before = What
admin-wg-intro-link = the public working group page
admin-wg-intro-after = {" "}says. Saving changes it at once; the audit log keeps the text before and after.
admin-wg-as-of = Described as of
admin-wg-as-of-hint = When this description held: YYYY, YYYY-MM or YYYY-MM-DD. Shown on the page.
admin-wg-language = Language of the text
admin-wg-name = Name of the group
admin-wg-summary-hint = One or two sentences under the name.
admin-wg-body = Description
admin-wg-objectives-heading = Heading of the objectives
admin-wg-objectives-heading-hint = For example: Objectives for 2016
admin-wg-objectives = Objectives
admin-wg-objectives-hint = One objective per line.
admin-wg-chair = Chair
admin-wg-role-city = Role and city
admin-wg-vice-chair = Vice-chair
admin-wg-contact = Eurocities staff contact
admin-wg-contact-role = Role
admin-wg-office = Office
admin-wg-source = Source
admin-wg-source-hint = The address of the page this text comes from, starting with https:// (optional).
admin-wg-save = Save the working group page

## Staff downloads and uploads, refusals

upload-log-in = Log in first.
upload-choose-file = Choose a CSV file.
upload-not-utf8 = The file is not UTF-8 text: save it as CSV (UTF-8) and try again.
upload-failed = The import failed; nothing was written.
upload-not-kept = The report could not be kept.
csrf-refused = Refused: this request did not come from a page of this site.
export-failed = The export failed; see the server log.

## The signatory badge, the open data and the JSON API

badge-line-1 = Signatory of the
badge-line-2 = Integrating Cities Charter
badge-line-since = since { $year }
badge-description = { $name } is a signatory of the Integrating Cities Charter.
badge-missing = No such badge.
api-failed = Something went wrong on our side.
api-no-signatory = No such signatory.
data-licence = Creative Commons Attribution 4.0 (CC BY 4.0): Integrating Cities Charter registry, Eurocities
file-missing = No such file.
headline-line = As of { $date }, the Integrating Cities Charter has { $total } signatories; { $named } of them are named in this registry.
headline-how = How they are counted
profile-range = Known dates
profile-range-between = between { $from } and { $to }
profile-range-from = not before { $from }
profile-range-to = not after { $to }
profile-public-note = About this signing
statement-agrees = The registry gives the same number.
statement-differs = The registry gives { $range } where this says { $stated }.
totals-unidentified = Of these, not yet identified
totals-up-to = { $n } (up to { $max })
preview-range = A range of places: another signing could come before or after this one — a date known only as a range, or signings of the same day whose order is not set (set “Position on that day”).
counting-statements = Announced numbers as facts
counting-statements-body = What Eurocities announced is part of the record. “Paris is the 33rd European city” says that exactly 32 European signatories signed before Paris; “42 cities have signed” on 10 November 2022 says that exactly 42 had signed by that day. When such a statement leaves a signing only one side of its point, the registry narrows that signing's range to that side — never inventing a name or a day — and the places that follow become exact. Statements that contradict each other (46 or 47 signatories in November 2022) pin nothing until staff decide between them, with a reason they record.
directory-unidentified-title = Not yet identified ({ $count })
directory-unidentified-lede = Signatories that the announcements count but that no source names yet. Each counts in every total and place; staff replace it with the named signatory once research finds it.
directory-unidentified-row = Not yet identified
column-european = European
column-capital = National capital
flag-yes = yes
flag-no = no
flag-unknown = not known
profile-signed-range = Signed { $range }
admin-nav-record = The record
admin-record-intro = Every number Eurocities or the press announced, checked against the registry: reproduced, possible, or off by how much. A consistent statement can pin a signing to one side of its point; what each pinned is listed under it. Statements that contradict each other pin nothing until one is set aside, with a reason.
admin-record-statements = Announced statements ({ $n })
admin-record-unidentified = Unidentified signatories ({ $n })
admin-record-unidentified-intro = Signatories the statements imply but no source names yet. When research finds one, merge it into its named signatory: the record goes and, if the signatory has no signing yet, it gets one with the same known dates.
admin-record-unidentified-n = unidentified #{ $n }
admin-record-reproduced = { $claim }: reproduced.
admin-record-possible = { $claim }: possible — the registry allows { $min }–{ $max }.
admin-record-fewer = { $claim }: the registry holds { $gap } fewer than this statement implies (it gives { $min }–{ $max }).
admin-record-more = { $claim }: the registry holds { $gap } more than this statement implies (it gives { $min }–{ $max }).
admin-record-unchecked = { $claim }: cannot be checked (no place in that count).
admin-record-pin-after = Pinned { $name } to on or after { $day }.
admin-record-pin-before = Pinned { $name } to on or before { $day }.
admin-record-conflicts = Conflicts with { $ids }: neither pins anything until one is set aside.
admin-record-state-reproduced = Reproduced
admin-record-state-possible = Possible
admin-record-state-differs = Differs
admin-record-state-conflict = Conflict
admin-record-state-set-aside = Set aside
admin-record-state-unchecked = Not checkable
admin-record-claims = Checkable claims
admin-record-no-claims = none (no number with a day or a signatory)
admin-record-claims-hint = For the signatory named: european=33; eu_capital=15. For a count on a day: overall=42@2022-11-10. Counts: overall, european, non_european, eu_capital, national_capital.
admin-record-set-aside-because = Set aside: { $reason }
admin-record-restore = Use it again
admin-record-reason = Reason to set it aside
admin-record-set-aside = Set aside
admin-record-fill = Create the { $n } unidentified signatories this gap implies
admin-record-counted-as = counted as { $range }
admin-record-flags = European: { $european }; national capital: { $capital }; EU capital: { $eu_capital }
admin-record-flags-title = What is known
admin-record-derivation-title = Why it exists
admin-record-merge-into = Named signatory
admin-record-choose = Choose…
admin-record-merge = Merge
admin-record-add = Add a statement
admin-record-statement = Statement, as published
admin-record-date = Date
admin-record-date-hint = YYYY-MM-DD, YYYY-MM or YYYY
admin-record-source = Source (address or title)
admin-record-subject = Signatory it names
admin-record-no-subject = none (a count)
admin-record-add-button = Add the statement
admin-record-derivation = { $n } signatories by { $day } were announced; the registry held { $max } (created from the record screen).
msg-record-reason = Say why the statement is set aside.
msg-record-saved = Saved.
msg-record-no-gap = This statement leaves no gap to fill any more.
msg-record-created = { $n } unidentified signatories created.
msg-record-merged = Merged into { $name }.
msg-record-merge-named = Only an unidentified signatory can be merged into a named one.
msg-record-statement = Give the statement as published.
msg-record-source = Give the source.
msg-record-date = Give the date of the statement.
msg-record-subject = This signatory is not in the registry: choose one from the list, or none.
msg-record-claims = The claims cannot be read: { $detail }.
msg-record-added = Statement added.
msg-range-day = Give a day as YYYY-MM-DD.
msg-range-order = The range ends before it starts: “not after” must be on or after “not before” and the date.
msg-range-launch = The range ends before the charter was launched (22 February 2010).
admin-not-before = Not before
admin-not-before-hint = YYYY-MM-DD: the first day it can have been signed, when a source bounds it (“after the report of March 2013”).
admin-not-after = Not after
admin-not-after-hint = YYYY-MM-DD: the last day it can have been signed.
admin-public-note = Public note
admin-public-note-hint = One short sentence the public reads on the profile. Research notes stay on staff screens.
stats-record-title = The record and the announcements
stats-record-summary = Signatories over time, from the launch to today: the registry holds { $certain } certainly signed and up to { $possible } possibly signed by now; { $announced } announced counts are plotted as points. The table below gives each announced count beside the registry's.
stats-record-caption = The dark band: signatories certainly signed by each day; the light band above it: those that may have signed by then (their dates are known only as ranges). Points: counts announced by Eurocities and the press.
stats-record-table = Announced counts beside the registry's count on the same day
stats-record-day = Day
stats-record-announced = Announced
stats-record-registry = Registry (certain–possible)
imp-field-count = { $found } fields where { $expected } (or 18, the columns before date ranges) are expected
admin-signing-correct = Correct this signing
admin-signing-save-correction = Save the correction
admin-signing-delete-title = Delete this signing
admin-signing-delete-explain = Only for a signing registered by mistake: it disappears as if it never happened, and every later place moves up; a signatory created by the same registration goes with it. A city that signed and later left is not deleted: record its withdrawal on its signatory page instead, so that it keeps its place in history.
admin-signing-delete-confirm = Yes, this signing was registered by mistake
admin-signing-delete = Delete the signing
msg-signing-updated = Signing corrected.
msg-signing-delete-confirm = Tick the box to confirm that this signing was a mistake.
msg-signing-not-deleted = The signing was not deleted.
msg-signing-deleted = The signing of { $name } was deleted.

## The signing process (issue #18): /join, /events, suggested corrections, applications
footer-join = Join the charter
footer-events = Events
join-eyebrow = Becoming a signatory
join-title = Join the Integrating Cities Charter
join-lede = Any European city, metropolitan authority or region can sign the charter. Here is how it goes, and the form that starts it.
join-steps = The steps
join-step-council = Your city council adopts the charter: a council decision commits the city to its principles.
join-step-tell = You tell Eurocities with the form below, before or after the council decision.
join-step-ceremony = A signing ceremony is held, at an Integrating Cities conference or in your city, and your mayor signs.
join-step-scan = Your city sends Eurocities a scan of the signed charter.
join-step-public = Your city joins the public list of signatories, and Eurocities announces it in a press release.
join-read-first = Before you start:
join-read-charter = read the charter
join-read-toolkit = the diversity toolkit
join-read-events = upcoming events
join-form-title = Declare your city’s intent to sign
join-form-intro = The Eurocities migration team reads every declaration and answers by e-mail within two weeks. Nothing you send here is published.
join-city = City, metropolitan authority or region
join-country = Country
join-choose-country = Choose a country
join-contact-name = Contact person
join-contact-name-hint = Who the migration team should write to, with their role.
join-contact-email = Contact e-mail
join-decision-date = Date of the council decision
join-decision-date-hint = YYYY-MM-DD, if the council has decided.
join-decision-file = The council decision
join-decision-file-hint = A PDF, PNG or JPEG of at most { $mb } MB. Photos are stored without their metadata.
join-message = Message
join-message-hint = Anything the team should know: the ceremony you have in mind, questions.
join-honeypot = Leave this field empty
join-privacy = We use these details only to arrange the signing with you.
join-send = Send the declaration
join-sent-title = Thank you: your declaration has arrived
join-sent-body = The Eurocities migration team has your city’s declaration and will write to the contact person within two weeks.
join-sent-reference = Your reference:
join-sent-next = The next step is the council decision, if it is not taken yet, then the signing ceremony.
join-sent-back = Back to the steps
events-eyebrow = Calendar
events-title = Signings and conferences
events-lede = Signing ceremonies Eurocities has announced, and the Integrating Cities conferences.
events-subscribe = Subscribe to the calendar (iCalendar)
events-subscribe-hint = Calendar apps and newsroom planning tools keep it up to date.
events-upcoming = Coming up
events-none = No event is announced at the moment.
events-past = Past conferences
events-join = How a city joins the charter
events-ceremony-title = { $city } signs the Integrating Cities Charter
profile-documents = The signed charter
doc-council-decision = Council decision
doc-signed-charter = Signed charter
doc-is-public = public on the profile
doc-is-staff-only = staff only
doc-make-public = Show on the profile
doc-make-private = Staff only
doc-delete = Delete
correction-title = Suggest a correction
correction-summary = Something wrong or missing on this page? Tell us.
correction-what = What is wrong or missing
correction-what-hint = For example a date, a name or a source. Staff check every suggestion; nothing you write here is published.
correction-source = Source
correction-source-hint = Where the right fact is published: a web address or a document.
correction-contact = Your e-mail or phone
correction-contact-hint = Only if you would like an answer.
correction-send = Send the suggestion
correction-thanks = Thank you: your suggestion has reached the Eurocities team.
admin-nav-applications = Applications
admin-nav-corrections = Corrections
admin-waiting-title = Waiting on you
admin-waiting-none = Nothing waits in the signing process.
admin-signing-documents = Documents
admin-signing-from-application = From application
admin-signing-scan = Signed charter (scan)
admin-signing-scan-public = Show it on the public profile as the source of this signing (once the signing is public)
admin-signing-scan-add = Add the document
app-list-intro = Every city’s way to its signing: an intent declared on /join or recorded by staff, the council decision, the ceremony, the signing. Open applications wait on something.
app-filter-stage = Stage
app-filter-open = Open ({ $n })
app-filter-all = All ({ $n })
app-none = No application at this stage.
app-caption = Applications (newest first by default; a column header sorts by it)
app-reference = Reference
app-city = City
app-stage = Stage
app-next = Next step
app-ceremony = Ceremony
app-received = Received
app-contact = Contact person
app-message = Their message
app-documents = Documents
app-no-documents = No document yet.
app-back = All applications
app-title = { $reference }: { $city }
app-title-short = Application { $reference }
app-stage-intent = Intent received
app-stage-decision = Council decision recorded
app-stage-ceremony = Ceremony planned
app-stage-signed = Signed
app-stage-declined = Declined
app-stage-withdrawn = Withdrawn
app-next-decision = Record the council decision
app-next-ceremony = Plan the ceremony
app-next-signing = Register the signing
app-fact-decision = Council decision
app-fact-ceremony = Ceremony
app-fact-place = Event or place
app-fact-signer = Who will sign
app-fact-announced = Announced on /events
app-step-decision = Record the council decision
app-decision-date = Date of the council decision
app-file-hint = A PDF, PNG or JPEG of at most 20 MB, checked by its content; images are stored without their metadata.
app-record-decision = Record the decision
app-step-ceremony = Plan the ceremony
app-ceremony-date = Day of the ceremony
app-ceremony-date-hint = YYYY-MM-DD.
app-ceremony-time = Time (Brussels)
app-ceremony-time-hint = HH:MM, if known.
app-ceremony-place = Event or place
app-ceremony-place-hint = e.g. “Integrating Cities conference, Milan” or “City hall, Ljubljana”.
app-ceremony-signer = Who will sign
app-ceremony-announced = Announce it: show it on /events and in the calendar feed
app-plan-ceremony = Save the ceremony
app-step-signed = Record the signing
app-step-signed-intro = Once the mayor has signed, register the signing: the form is filled in from this application, shows the places the city will take, and links the signing here. Then add the signed charter’s scan on the signing’s page.
app-register-signing = Register the signing
app-step-close = Decline or withdraw
app-outcome = Outcome
app-choose-outcome = Choose
app-reason = Reason
app-reason-hint = Kept on this screen and in the audit log; never public.
app-close = Close the application
app-waiting-intent = { $n ->
    [one] 1 new intent to sign waits for its council decision
   *[other] { $n } new intents to sign wait for their council decision
}
app-waiting-decision = { $n ->
    [one] 1 application waits for its ceremony
   *[other] { $n } applications wait for their ceremony
}
app-waiting-ceremony = Ceremony this week: { $city }, { $date }
app-waiting-corrections = { $n ->
    [one] 1 suggested correction to check
   *[other] { $n } suggested corrections to check
}
corrections-intro = What readers say is wrong or missing on a profile, from the form on every profile. Check it against the sources, correct the record if needed, then mark it handled.
corrections-none = No suggestion yet.
corrections-open = waiting
corrections-handled = handled
corrections-mark-handled = Mark handled
corrections-reopen = Open again
msg-not-found = Not found.
msg-form-unreadable = The form could not be read: send it again.
msg-form-failed = The form could not be saved because of a problem on our side; nothing was kept. Please try again later.
msg-file-empty = The file is empty.
msg-file-too-large = The file is larger than 20 MB.
msg-file-name = The file’s name contains a folder path or control characters: rename it and choose it again.
msg-file-kind = Only PDF, PNG and JPEG files are accepted (checked by their content, not their name).
msg-file-broken-image = The image cannot be read: it is damaged or too large (at most 96 million pixels).
msg-file-choose = Choose a file.
msg-file-not-saved = The document was not saved.
msg-file-saved = { $name } saved.
msg-file-public = { $name } is shown on the public profile once the signing is public.
msg-file-private = { $name } is for staff only now.
msg-file-deleted = { $name } deleted.
msg-join-city = Write the name of the city, metropolitan authority or region.
msg-join-contact-name = Write the contact person’s name.
msg-join-control = Remove the line breaks and control characters.
msg-join-decision-date = Write the date as YYYY-MM-DD, e.g. 2026-11-03.
msg-join-decision-future = The council decision cannot be after today.
msg-join-not-sent = Your declaration was not sent: correct the fields below (choose the file again, if any).
msg-join-not-accepted = This form could not be accepted.
msg-public-limit-sender = Too many forms were sent from your connection this hour: nothing was saved. Please try again after { $time } (UTC); what you wrote is kept below.
msg-public-limit-all = The site has received too many forms this hour: nothing was saved. Please try again after { $time } (UTC); what you wrote is kept below.
msg-correction-what = Say what is wrong or missing.
msg-correction-not-sent = Your suggestion was not sent: correct the fields below.
msg-correction-handled = Marked handled.
msg-correction-reopened = Open again.
msg-app-gone = The application this signing was registered from is closed or signed already: nothing was saved.
msg-app-stage-unknown = There is no such stage.
msg-app-step-not-now = This step does not follow from where the application stands ({ $stage }); nothing was saved.
msg-app-ceremony-date = Write the ceremony’s day as YYYY-MM-DD.
msg-app-ceremony-time = Write the time as HH:MM, e.g. 11:00.
msg-app-ceremony-place = Write the event or place of the ceremony.
msg-app-outcome = Choose declined or withdrawn.
msg-app-reason = Write the reason.
msg-app-saved = Saved: { $stage }.
privacy-applicants = Cities that apply, and readers who suggest a correction
privacy-applicants-body = A city that declares its intent to sign gives a contact person’s name and e-mail, a message and, if it wishes, its council decision. A reader who suggests a correction may leave an e-mail or phone number. Only the Eurocities migration team reads them, to arrange the signing or check the registry; they are never published, and you may ask for them to be deleted at any time (see “Your rights”).
privacy-applicants-limits = To keep floods of forms out, the server counts the forms sent from each connection per hour: it keeps a one-way hash of the connection’s address, never the address itself, and deletes it after the hour.

## Pictures and press material (issue #18)
photo-credit = Photo: { $credit } · { $licence }
profile-photos = Photos of the signing
coverage-title = In the press
media-eyebrow = Newsroom
media-title = Media kit
media-lede = Who to call, pictures of signings you may publish with their credit, and the charter badge.
media-contacts = Press contacts
media-no-contacts = No press contact is listed yet: write to Eurocities, Square de Meeûs 1, B-1000 Brussels.
media-photos = Photos of signings
media-no-photos = No photo is published yet.
media-download = Download the full-size picture
media-badge = The signatory badge
media-badge-intro = Every signatory’s profile offers its badge, to show on the city’s own site; it links back to the profile. For example:
media-badge-alt = Example of the signatory badge
media-more = Also for journalists
media-admin-intro = The press contacts the media kit lists; a press release without contacts of its own names these.
media-add-contact = Add a press contact
media-contact-name = Name
media-contact-role = Role
media-contact-role-hint = e.g. “Press officer, Eurocities”.
media-contact-email = E-mail
media-contact-phone = Phone
media-contact-phone-hint = With the country code, e.g. +32 2 552 08 88.
media-remove = Remove { $name }
admin-nav-media = Media kit
admin-signing-photos = Photos of the ceremony
admin-photo-file = Photo of the ceremony
admin-photo-file-hint = A PNG or JPEG of at most 20 MB. It is stored without its metadata (GPS position, camera) and in widths for phones and screens.
admin-photo-alt = Alt text
admin-photo-alt-hint = What the photo shows, for people who cannot see it: who, doing what, where.
admin-photo-credit = Credit
admin-photo-credit-hint = The photographer or owner, e.g. “City of Ljubljana / Nik Rovan”.
admin-photo-licence = Licence
admin-photo-licence-hint = e.g. “CC BY 4.0” or “Free for press use about this signing”.
admin-photo-add = Add the photo
admin-photo-delete = Delete this photo
admin-coverage-outlet = Outlet
admin-coverage-date = Date of the article
admin-coverage-title = Title of the article
admin-coverage-url = Address of the article
admin-coverage-language = Language
admin-coverage-language-hint = Two letters: en, fr, sl, de…
admin-coverage-add = Add the article
msg-photo-alt = Write what the photo shows (alt text).
msg-photo-credit = Write the photo’s credit.
msg-photo-licence = Write the photo’s licence.
msg-photo-kind = A photo must be a PNG or JPEG file.
msg-photo-saved = Photo saved.
msg-photo-deleted = Photo deleted.
msg-coverage-outlet = Write the outlet’s name.
msg-coverage-date = Write the article’s date as YYYY-MM-DD.
msg-coverage-title = Write the article’s title.
msg-coverage-url = Write the article’s address.
msg-coverage-language = Write the language as two letters, e.g. en.
msg-coverage-saved = Article recorded.
msg-coverage-deleted = Article removed.
msg-contact-role = Write the contact’s role.
msg-contact-phone = Write the phone number with digits, spaces and + only.
msg-contacts-saved = Press contacts saved.
newsroom-media-link = Media kit: press contacts, photos, badge
msg-request-too-large = The request is too large: a file may be 20 MB at most. Go back and choose a smaller file.
app-ceremony-signer-hint = The person who will sign, e.g. the mayor.
msg-join-country = Choose a European country.
media-logos = Logos to download
media-logo-download = Download { $name }
media-logo-file = Logo file
media-logo-file-hint = A PNG or JPEG of at most 20 MB (SVG files are not accepted: they can carry scripts).
media-logo-name = What it is
media-logo-name-hint = e.g. “Eurocities logo, colour”. It is also the image’s alt text.
media-logo-add = Add the logo
msg-logo-name = Say what the logo is.
msg-logo-saved = Logo added to the media kit.
msg-logo-deleted = Logo removed from the media kit.
app-stage-announced = Signed and announced

## Staff lists of the signing process (issue #21): search, filters, order, pages, CSV
app-search = Search by city, country, reference or contact
app-count = { $n ->
        [one] { $n } application.
       *[other] { $n } applications.
    }
msg-param-app-sort = sort must be received, city, country, stage or ceremony (a leading - reverses it).
corrections-search = Search by signatory, text or source
corrections-order = Order
corrections-sort-waiting = Waiting first, newest first
corrections-sort-newest = Newest first
corrections-sort-oldest = Oldest first
corrections-sort-signatory = By signatory
corrections-count = { $n ->
        [one] { $n } suggestion.
       *[other] { $n } suggestions.
    }
corrections-signatory = Signatory
msg-param-correction-state = state must be waiting or handled.
msg-param-correction-sort = sort must be waiting, received or signatory (a leading - reverses it).

## Audit words for the signing process and the media kit
audit-application-create = Intent to sign received
audit-application-decision = Council decision recorded
audit-application-ceremony = Ceremony planned
audit-application-declined = Application declined
audit-application-withdrawn = Application withdrawn
audit-application-signed = Signing registered from the application
audit-correction-create = Correction suggested by a reader
audit-correction-handled = Suggested correction marked handled or open
audit-coverage-create = Press coverage recorded
audit-coverage-delete = Press coverage deleted
audit-document-create = Document added
audit-document-delete = Document deleted
audit-document-visibility = Document made public or staff-only
audit-media-contact-create = Press contact added
audit-media-contact-update = Press contact edited
audit-media-contact-delete = Press contact deleted
audit-media-logo-create = Logo added to the media kit
audit-media-logo-delete = Logo removed from the media kit
audit-photo-create = Photo added
audit-photo-delete = Photo deleted
audit-kind-application = Application
audit-kind-correction = Suggested correction
audit-kind-coverage = Press coverage
audit-kind-document = Document
audit-kind-media_contact = Press contact
audit-kind-media_logo = Media kit logo
audit-kind-photo = Photo
media-edit-contact = Edit or delete { $name }
media-all-contacts = All press contacts
media-contact-title = Press contact
media-contact-delete = Delete this press contact
media-contact-delete-intro = The contact leaves the media kit and the press releases that name the media kit’s contacts. Releases that list this person among their own contacts keep them.
media-contact-delete-confirm = Yes, delete this press contact
media-contact-delete-submit = Delete the press contact
msg-contact-delete-confirm = Tick the box to confirm the deletion.
msg-contact-deleted = { $name } is no longer a press contact.
corrections-what = Suggestion
corrections-contact = Reader’s contact
admin-map-pick-title = Choose the place on the map
admin-map-pick-hint = Click the city’s place: this screen opens again with its latitude and longitude filled in, for you to check and save (changes not yet saved above are not kept). The dot shows the coordinates in the form. With a keyboard, type the coordinates instead.
admin-map-pick-alt = Map of Europe: click a place to fill in its coordinates
admin-map-pick-link = Or choose the place on the map
admin-map-picked = Place chosen on the map: latitude { $latitude }, longitude { $longitude }. Check it and save.
admin-map-no-point = No place was chosen: click the map with a pointer, or type the coordinates.
msg-param-pick = The point chosen on the map does not read: click inside the map.
og-card-alt = Integrating Cities Charter: the charter’s mark, two overlapping rings, on blue.
compare-short-title = In short
compare-short-reworded = { $n ->
    [one] 1 passage reworded
   *[other] { $n } passages reworded
}
compare-short-new = { $n ->
    [one] 1 passage added
   *[other] { $n } passages added
}
compare-short-dropped = { $n ->
    [one] 1 passage removed
   *[other] { $n } passages removed
}
compare-short-moved = { $n ->
    [one] 1 passage moved to another place in the list
   *[other] { $n } passages moved to another place in the list
}
compare-short-nothing = Nothing changed in the parts both texts hold.
compare-short-added = new in the { $to }
compare-short-removed = no longer in the { $to }
compare-short-unchanged = Word for word the same:
compare-short-not-held = Not compared yet:
compare-short-not-held-why = The registry does not hold these parts of the { $from }; staff can add them, and this page will then compare them.
