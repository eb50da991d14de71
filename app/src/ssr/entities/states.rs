//! The states a record can be in, as Rust enums stored as their names (`TEXT`): a typo cannot
//! compile, and on PostgreSQL a `CHECK` backs each one (migration 11).

use sea_orm::entity::prelude::*;
use serde::Serialize;

/// Declares a state: the enum, its stored names (sea-orm and serde), `as_str` and `parse`.
macro_rules! state {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $value:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize)]
        #[sea_orm(rs_type = "String", db_type = "Text")]
        pub enum $name {
            $(
                #[sea_orm(string_value = $value)]
                #[serde(rename = $value)]
                $variant,
            )+
        }

        impl $name {
            /// The stored name (what the CSV, the API and the wire types carry).
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $value,)+
                }
            }

            /// The state a stored name stands for, if any (exact: no trimming, no case folding).
            #[must_use]
            pub fn parse(raw: &str) -> Option<Self> {
                <Self as sea_orm::Iterable>::iter().find(|state| state.as_str() == raw)
            }
        }
    };
}

state! {
    /// What kind of authority a signatory is.
    SignatoryKind {
        City = "city",
        MetropolitanAuthority = "metropolitan_authority",
        Region = "region",
    }
}

state! {
    /// Where a signatory stands: committed to sign, signed, or withdrawn.
    SignatoryStatus {
        Committed = "committed",
        Signed = "signed",
        Withdrawn = "withdrawn",
    }
}

state! {
    /// A press release's or an edition's state: a draft staff work on, or published (a release
    /// is public from its embargo, `ssr::embargo`).
    Publication {
        Draft = "draft",
        Published = "published",
    }
}

state! {
    /// What a staff account may do: an admin also manages staff.
    StaffRole {
        Admin = "admin",
        Editor = "editor",
    }
}

state! {
    /// Where a city's application stands. `declined` and `withdrawn` close it with a reason;
    /// `signed` links it to its signing.
    ApplicationStage {
        Intent = "intent",
        Decision = "decision",
        Ceremony = "ceremony",
        Signed = "signed",
        Declined = "declined",
        Withdrawn = "withdrawn",
    }
}

state! {
    /// What a stored file is.
    DocumentKind {
        CouncilDecision = "council_decision",
        SignedCharter = "signed_charter",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::Iterable;

    #[test]
    fn the_directory_filters_accept_exactly_the_stored_kinds_and_statuses() {
        let kinds: Vec<&str> = SignatoryKind::iter().map(SignatoryKind::as_str).collect();
        let mut expected = domain::directory::KINDS.to_vec();
        expected.sort_unstable();
        assert_eq!(kinds, expected);
        let mut statuses: Vec<&str> = SignatoryStatus::iter()
            .map(SignatoryStatus::as_str)
            .collect();
        statuses.sort_unstable();
        let mut expected = domain::directory::STATUSES.to_vec();
        expected.sort_unstable();
        assert_eq!(statuses, expected);
    }

    #[test]
    fn names_round_trip_and_unknown_names_are_refused() {
        for role in StaffRole::iter() {
            assert_eq!(StaffRole::parse(role.as_str()), Some(role));
            assert_eq!(
                role.to_value(),
                role.as_str(),
                "sea-orm stores the same name"
            );
        }
        assert_eq!(
            Publication::parse("published"),
            Some(Publication::Published)
        );
        assert_eq!(SignatoryStatus::parse("withdrawn "), None);
        assert_eq!(SignatoryStatus::parse("Withdrawn"), None);
        assert_eq!(
            serde_json::to_string(&SignatoryKind::MetropolitanAuthority)
                .ok()
                .as_deref(),
            Some("\"metropolitan_authority\""),
            "the audit log records the stored name"
        );
    }
}
