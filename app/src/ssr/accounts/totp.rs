//! One-time codes (TOTP, RFC 6238): secrets, codes, the enrolment URL, and accepting a code once.

use time::OffsetDateTime;

/// A new TOTP secret (160 bits, base32).
#[must_use]
pub fn new_totp_secret() -> String {
    totp_rs::Secret::generate_secret().to_encoded().to_string()
}

const TOTP_STEP: u64 = 30;

fn totp(secret: &str, account: &str) -> Option<totp_rs::TOTP> {
    let bytes = totp_rs::Secret::Encoded(secret.to_owned())
        .to_bytes()
        .ok()?;
    Some(totp_rs::TOTP::new_unchecked(
        totp_rs::Algorithm::SHA1,
        6,
        1,
        TOTP_STEP,
        bytes,
        // The issuer authenticator apps file the account under: the site's English name.
        Some(crate::t!(crate::i18n::Lang::En, "site-name")),
        account.to_owned(),
    ))
}

/// The code of `secret` at a Unix time (what an authenticator app shows then).
#[must_use]
pub fn totp_code_at(secret: &str, unix_seconds: u64) -> String {
    totp(secret, "").map_or_else(String::new, |t| t.generate(unix_seconds))
}

/// The `otpauth://` address an authenticator app reads.
#[must_use]
pub fn totp_url(secret: &str, account: &str) -> String {
    totp(secret, account).map_or_else(String::new, |t| t.get_url())
}

/// The time step `code` belongs to, if it is valid now (one step of drift either way) and
/// newer than `last_step`: a code that was used once never works again.
#[must_use]
pub fn accept_totp(
    secret: &str,
    code: &str,
    now: OffsetDateTime,
    last_step: Option<i64>,
) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let generator = totp(secret, "")?;
    let unix = u64::try_from(now.unix_timestamp()).ok()?;
    let current = unix / TOTP_STEP;
    [current.saturating_sub(1), current, current + 1]
        .into_iter()
        .filter(|step| {
            i64::try_from(*step)
                .ok()
                .is_some_and(|s| last_step.is_none_or(|last| s > last))
        })
        .find(|step| {
            let expected = generator.generate(step * TOTP_STEP);
            constant_time_eq(expected.as_bytes(), code.as_bytes())
        })
        .and_then(|step| i64::try_from(step).ok())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `text` (an enrolment URL) as a QR code, an inline SVG for the page (no XML declaration;
/// hidden from assistive technology: the page labels it and shows the key as text too).
#[must_use]
pub fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build();
    let start = svg.find("<svg ")?;
    Some(svg[start..].replacen("<svg ", "<svg aria-hidden=\"true\" ", 1))
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    /// The dark squares of an SVG drawn by [`super::qr_svg`] (`M{x} {y}h{side}v…` per module),
    /// and the picture's width.
    fn dark_pixels(svg: &str) -> (usize, HashSet<(usize, usize)>) {
        let number = |s: &str| s.parse::<usize>().expect("a number");
        let width = number(
            svg.split("width=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .expect("width"),
        );
        let path = svg
            .split(" d=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("a path");
        let mut dark = HashSet::new();
        for square in path.split('M').filter(|c| !c.is_empty()) {
            let (corner, rest) = square.split_once('h').expect("h");
            let (x, y) = corner.split_once(' ').expect("x y");
            let side = number(rest.split('v').next().expect("side"));
            for dx in 0..side {
                for dy in 0..side {
                    dark.insert((number(x) + dx, number(y) + dy));
                }
            }
        }
        (width, dark)
    }

    #[test]
    fn the_enrolment_qr_code_reads_back_as_the_enrolment_url() {
        let url = super::totp_url(
            "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
            "anna.berg@eurocities.eu",
        );
        let svg = super::qr_svg(&url).expect("a code");
        assert!(
            svg.starts_with("<svg aria-hidden=\"true\""),
            "{}",
            &svg[..80]
        );
        let (width, dark) = dark_pixels(&svg);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, width, |x, y| {
            if dark.contains(&(x, y)) {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, url);
    }
}
