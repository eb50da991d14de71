//! What every staff list shares: an order read from `sort` (a column's name; a leading `-`
//! reverses it), pages of [`PER_PAGE`] rows (`page` past the last is a 404), and the CSV of a list.

use crate::error::AppError;
use crate::i18n::Msg;

/// Rows on one page of a staff list.
pub const PER_PAGE: u64 = 50;

/// A list's search text, trimmed: at most 100 characters, no control characters.
///
/// # Errors
/// `msg-param-q` when it does not read.
pub fn parse_search(raw: Option<&str>) -> Result<String, Msg> {
    let q = raw.unwrap_or_default().trim();
    if q.chars().count() > 100 || q.chars().any(char::is_control) {
        return Err(Msg::new("msg-param-q"));
    }
    Ok(q.to_owned())
}

/// Reads `sort` against the list's `columns` (the first is the default order); `bad` names the
/// message for a column the list does not have. Returns the column and whether it is reversed.
///
/// # Errors
/// `bad` when the column is not one of `columns`.
pub fn parse_sort<S: Copy>(
    raw: Option<&str>,
    columns: &[(&'static str, S)],
    bad: &'static str,
) -> Result<(S, bool), Msg> {
    let raw = raw.unwrap_or_default().trim();
    let (descending, column) = raw.strip_prefix('-').map_or((false, raw), |c| (true, c));
    if column.is_empty() {
        return columns
            .first()
            .map(|(_, s)| (*s, descending))
            .ok_or_else(|| Msg::new(bad));
    }
    columns
        .iter()
        .find(|(name, _)| *name == column)
        .map(|(_, s)| (*s, descending))
        .ok_or_else(|| Msg::new(bad))
}

/// The `sort` value that gives this order (`-title`…).
#[must_use]
pub fn sort_value<S: Copy + PartialEq>(
    sort: S,
    descending: bool,
    columns: &[(&'static str, S)],
) -> String {
    let name = columns
        .iter()
        .find(|(_, s)| *s == sort)
        .map_or("", |(n, _)| *n);
    format!("{}{name}", if descending { "-" } else { "" })
}

/// One page of a list, with where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paged<T> {
    pub rows: Vec<T>,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

/// Page `raw` (1 when absent) of `all`, [`PER_PAGE`] rows each.
///
/// # Errors
/// `BadRequest` for a page that does not read; `NotFound` past the last page.
pub fn paginate<T>(all: Vec<T>, raw: Option<&str>) -> Result<Paged<T>, AppError> {
    let page = match raw.map(str::trim) {
        None | Some("") => 1,
        Some(p) => p
            .parse::<u64>()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| AppError::BadRequest(Msg::new("msg-param-page")))?,
    };
    let total = u64::try_from(all.len()).unwrap_or(u64::MAX);
    let pages = total.div_ceil(PER_PAGE).max(1);
    if page > pages {
        return Err(AppError::NotFound);
    }
    let skip = usize::try_from((page - 1) * PER_PAGE).unwrap_or(usize::MAX);
    let rows = all
        .into_iter()
        .skip(skip)
        .take(usize::try_from(PER_PAGE).unwrap_or(usize::MAX))
        .collect();
    Ok(Paged {
        rows,
        page,
        pages,
        total,
    })
}

/// A staff list as CSV: its `header`, then its rows, every cell guarded against formulas.
///
/// # Errors
/// CSV writing errors (as text).
pub fn write_csv<const N: usize>(
    header: [String; N],
    rows: impl Iterator<Item = [String; N]>,
) -> Result<String, String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(header).map_err(|e| e.to_string())?;
    for row in rows {
        out.write_record(row.iter().map(|c| domain::text::guard_cell(c).into_owned()))
            .map_err(|e| e.to_string())?;
    }
    String::from_utf8(out.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: [(&str, u8); 3] = [("name", 0), ("country", 1), ("signings", 2)];

    #[test]
    fn an_order_reads_its_column_and_direction_and_refuses_others() {
        assert_eq!(parse_sort(None, &COLUMNS, "bad").ok(), Some((0, false)));
        assert_eq!(
            parse_sort(Some("-signings"), &COLUMNS, "bad").ok(),
            Some((2, true))
        );
        assert_eq!(parse_sort(Some("-"), &COLUMNS, "bad").ok(), Some((0, true)));
        assert!(parse_sort(Some("drop table"), &COLUMNS, "bad").is_err());
        assert_eq!(sort_value(1, true, &COLUMNS), "-country");
    }

    #[test]
    fn pages_hold_fifty_rows_and_past_the_last_is_not_found() {
        let all: Vec<u32> = (0..120).collect();
        let third = paginate(all.clone(), Some("3")).expect("page 3");
        assert_eq!(
            (third.rows.len(), third.page, third.pages, third.total),
            (20, 3, 3, 120)
        );
        assert_eq!(third.rows[0], 100);
        assert!(matches!(
            paginate(all.clone(), Some("4")),
            Err(AppError::NotFound)
        ));
        assert!(matches!(
            paginate(all, Some("0")),
            Err(AppError::BadRequest(_))
        ));
        assert_eq!(paginate(Vec::<u32>::new(), None).expect("empty").pages, 1);
    }
}
