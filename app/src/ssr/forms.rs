//! Field parsers shared by the staff forms: each reads one submitted value into a domain type,
//! or records the field's error on the form (in the reader's language) and gives nothing.

use domain::date::{Day, PartialDate};

use crate::i18n::Msg;
use crate::model::admin::FormState;

/// A web address staff may link: `http` or `https` only (never `javascript:`), no spaces.
///
/// # Errors
/// A sentence for the form.
pub fn parse_url(raw: &str) -> Result<String, Msg> {
    let url = raw.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host)
            if !host.is_empty()
                && !url.chars().any(|c| c.is_whitespace() || c.is_control())
                && url.len() <= 2000 =>
        {
            Ok(url.to_owned())
        }
        _ => Err(Msg::new("msg-url").arg("text", url)),
    }
}

/// A full day (`YYYY-MM-DD`) from `raw`; anything else records `message` on `field`.
pub fn day_field(form: &mut FormState, field: &str, raw: &str, message: String) -> Option<Day> {
    match PartialDate::parse(raw) {
        Ok(PartialDate::Day(day)) => Some(day),
        _ => {
            form.fail(field, message);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_http_or_https_without_spaces() {
        assert_eq!(
            parse_url(" https://www.paris.fr/charte ").as_deref(),
            Ok("https://www.paris.fr/charte")
        );
        assert!(parse_url("HTTP://EXAMPLE.ORG").is_ok());
        for bad in [
            "",
            "www.paris.fr",
            "https://",
            "javascript:alert(1)",
            "https://a b.eu",
            "ftp://x.eu",
        ] {
            assert_eq!(
                parse_url(bad).map_err(|m| m.key),
                Err("msg-url".to_owned()),
                "{bad:?}"
            );
        }
        assert!(parse_url(&format!("https://{}", "a".repeat(2000))).is_err());
    }

    #[test]
    fn a_day_field_takes_only_a_full_existing_day() {
        let mut form = FormState::default();
        assert_eq!(
            day_field(&mut form, "on", "2024-10-16", "bad".into()),
            Day::new(2024, 10, 16)
        );
        assert!(form.ok());
        for raw in ["", "2024-10", "2024", "2024-02-30", "16/10/2024"] {
            let mut form = FormState::default();
            assert_eq!(
                day_field(&mut form, "on", raw, "a day, please".into()),
                None,
                "{raw:?}"
            );
            assert_eq!(
                form.errors.get("on").map(String::as_str),
                Some("a day, please")
            );
        }
    }
}
