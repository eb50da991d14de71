//! `/events` and `/events.ics`: the signing ceremonies staff have announced and the
//! Integrating Cities conferences. Nothing appears before staff announce it; a ceremony keeps
//! its UID for life, its `SEQUENCE` rises at every change, and a ceremony called off stays in
//! the calendar as cancelled so that subscribed calendars remove it.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::i18n::Lang;
use crate::model::process::{EventItem, EventsPage};
use crate::ssr::entities::states::ApplicationStage;
use crate::ssr::entities::{application, conference};
use domain::date::{Day, PartialDate};

/// One event as both the page and the calendar read it.
struct Event {
    uid: String,
    title: String,
    day: Day,
    /// `HH:MM` in Brussels, when known; else the event lasts the day(s).
    time: Option<String>,
    last_day: Day,
    place: String,
    cancelled: bool,
    sequence: i32,
    stamp: time::OffsetDateTime,
    href: Option<String>,
}

async fn load_events<C: ConnectionTrait>(
    db: &C,
    lang: Lang,
    host: &str,
) -> Result<Vec<Event>, DbErr> {
    let mut out = Vec::new();
    let ceremonies = application::Entity::find()
        .filter(application::Column::CeremonyAnnounced.eq(true))
        .order_by_asc(application::Column::Id)
        .all(db)
        .await?;
    for a in ceremonies {
        let Some(day) = a.ceremony_on.as_deref().and_then(|d| Day::parse(d).ok()) else {
            continue;
        };
        out.push(Event {
            uid: format!("ceremony-{}@{host}", a.id),
            title: crate::t!(lang, "events-ceremony-title", city = &a.city),
            day,
            time: a.ceremony_time.clone(),
            last_day: day,
            place: a.ceremony_place.clone().unwrap_or_default(),
            cancelled: matches!(
                a.stage,
                ApplicationStage::Declined | ApplicationStage::Withdrawn
            ),
            sequence: a.revision,
            stamp: a.updated_at,
            href: None,
        });
    }
    for c in conference::Entity::find().all(db).await? {
        let Ok(PartialDate::Day(day)) = PartialDate::parse(&c.starts_on) else {
            continue;
        };
        let last_day = match c.ends_on.as_deref().map(PartialDate::parse) {
            Some(Ok(PartialDate::Day(end))) if end >= day => end,
            _ => day,
        };
        let stamp = crate::ssr::embargo::start_of_day_in_brussels(day)
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        out.push(Event {
            uid: format!("conference-{}@{host}", c.id),
            title: format!("Integrating Cities {}", c.number),
            day,
            time: None,
            last_day,
            place: c.city.clone(),
            cancelled: false,
            sequence: 0,
            stamp,
            href: Some(format!("/about#conference-{}", c.number.to_lowercase())),
        });
    }
    out.sort_by(|a, b| (a.day, &a.time).cmp(&(b.day, &b.time)));
    Ok(out)
}

/// `/events`: what is announced from today on (Brussels), soonest first, and the conferences
/// before today, latest first.
///
/// # Errors
/// Database errors.
pub async fn events_page<C: ConnectionTrait>(
    db: &C,
    lang: Lang,
    now: time::OffsetDateTime,
) -> Result<EventsPage, DbErr> {
    let today = crate::ssr::newsroom::brussels_day(now).0;
    let item = |e: &Event| EventItem {
        title: e.title.clone(),
        when: match &e.time {
            Some(time) => format!("{}, {time}", lang.day(e.day)),
            None if e.last_day != e.day => lang.date_range(&e.day.iso(), Some(&e.last_day.iso())),
            None => lang.day(e.day),
        },
        day: match &e.time {
            Some(time) => format!("{}T{time}", e.day.iso()),
            None => e.day.iso(),
        },
        place: e.place.clone(),
        href: e.href.clone(),
    };
    let events = load_events(db, lang, "events").await?;
    let upcoming = events
        .iter()
        .filter(|e| !e.cancelled && e.last_day >= today)
        .map(item)
        .collect();
    let past = events
        .iter()
        .rev()
        .filter(|e| !e.cancelled && e.last_day < today && e.uid.starts_with("conference-"))
        .map(item)
        .collect();
    Ok(EventsPage { upcoming, past })
}

/// iCalendar TEXT: backslash, semicolon, comma and newline escaped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (never inside a character), ending in CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn compact(day: Day) -> String {
    format!("{:04}{:02}{:02}", day.year, day.month, day.day)
}

fn utc_stamp(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

const BRUSSELS: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// `/events.ics`: every announced ceremony (cancelled ones marked so) and every conference
/// with a known day, in English (the registry's language).
///
/// # Errors
/// Database errors.
pub async fn calendar<C: ConnectionTrait>(db: &C, site_url: &str) -> Result<String, DbErr> {
    let host = site_url
        .split("://")
        .nth(1)
        .unwrap_or(site_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("localhost");
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Eurocities//Integrating Cities Charter//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Integrating Cities Charter: signings and conferences",
        "X-WR-TIMEZONE:Europe/Brussels",
    ] {
        push_folded(&mut out, line);
    }
    out.push_str(BRUSSELS);
    for e in load_events(db, Lang::En, host).await? {
        push_folded(&mut out, "BEGIN:VEVENT");
        push_folded(&mut out, &format!("UID:{}", e.uid));
        push_folded(&mut out, &format!("DTSTAMP:{}", utc_stamp(e.stamp)));
        push_folded(&mut out, &format!("LAST-MODIFIED:{}", utc_stamp(e.stamp)));
        push_folded(&mut out, &format!("SEQUENCE:{}", e.sequence));
        match &e.time {
            Some(time) => {
                push_folded(
                    &mut out,
                    &format!(
                        "DTSTART;TZID=Europe/Brussels:{}T{}00",
                        compact(e.day),
                        time.replace(':', "")
                    ),
                );
                push_folded(&mut out, "DURATION:PT1H");
            }
            None => {
                let after = e.last_day.next().unwrap_or(e.last_day);
                push_folded(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact(e.day)));
                push_folded(&mut out, &format!("DTEND;VALUE=DATE:{}", compact(after)));
            }
        }
        push_folded(&mut out, &format!("SUMMARY:{}", text(&e.title)));
        if !e.place.is_empty() {
            push_folded(&mut out, &format!("LOCATION:{}", text(&e.place)));
        }
        if let Some(href) = &e.href {
            push_folded(&mut out, &format!("URL:{site_url}{href}"));
        }
        push_folded(
            &mut out,
            if e.cancelled {
                "STATUS:CANCELLED"
            } else {
                "STATUS:CONFIRMED"
            },
        );
        push_folded(&mut out, "END:VEVENT");
    }
    push_folded(&mut out, "END:VCALENDAR");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        assert_eq!(
            text("Hall, 1st floor; room \\ A\nB"),
            "Hall\\, 1st floor\\; room \\\\ A\\nB"
        );
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(60));
        push_folded(&mut out, &line);
        for piece in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(piece.len() <= 75, "{piece}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }
}
