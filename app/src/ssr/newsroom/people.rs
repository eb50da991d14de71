//! The people a press release carries — its quotes (who said what) and its press contacts (who
//! answers journalists) — edited as numbered groups of fields in the release's own form and
//! saved with it, in its transaction: the form shows each one kept plus an empty group for a
//! new one; emptying a group removes that one.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::model::admin::FormState;
use crate::ssr::entities::{press_contact, press_quote};
use crate::ssr::forms::FormReader;

pub use crate::model::admin::MAX_PEOPLE;

/// One quote as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteInput {
    pub speaker: String,
    pub role: String,
    pub text: String,
}

/// One press contact as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactInput {
    pub name: String,
    pub role: String,
    pub email: Option<String>,
}

/// A release's quotes and contacts, in their order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct People {
    pub quotes: Vec<QuoteInput>,
    pub contacts: Vec<ContactInput>,
}

impl People {
    /// Release `id`'s quotes and contacts.
    ///
    /// # Errors
    /// Database errors.
    pub async fn load<C: ConnectionTrait>(db: &C, id: i32) -> Result<Self, DbErr> {
        let quotes = press_quote::Entity::find()
            .filter(press_quote::Column::PressReleaseId.eq(id))
            .order_by_asc(press_quote::Column::Position)
            .all(db)
            .await?
            .into_iter()
            .map(|q| QuoteInput {
                speaker: q.speaker,
                role: q.role,
                text: q.text,
            })
            .collect();
        let contacts = press_contact::Entity::find()
            .filter(press_contact::Column::PressReleaseId.eq(id))
            .order_by_asc(press_contact::Column::Position)
            .all(db)
            .await?
            .into_iter()
            .map(|c| ContactInput {
                name: c.name,
                role: c.role,
                email: c.email,
            })
            .collect();
        Ok(Self { quotes, contacts })
    }

    /// Puts them into `form` as `quote_1_speaker`, …, `contact_1_email`, … with the number of
    /// groups the form shows (those kept, plus one empty for a new one) in `quotes` / `contacts`.
    pub fn into_form(&self, form: &mut FormState) {
        for (i, q) in self.quotes.iter().enumerate() {
            let n = i + 1;
            form.values
                .insert(format!("quote_{n}_speaker"), q.speaker.clone());
            form.values
                .insert(format!("quote_{n}_role"), q.role.clone());
            form.values
                .insert(format!("quote_{n}_text"), q.text.clone());
        }
        for (i, c) in self.contacts.iter().enumerate() {
            let n = i + 1;
            form.values
                .insert(format!("contact_{n}_name"), c.name.clone());
            form.values
                .insert(format!("contact_{n}_role"), c.role.clone());
            form.values.insert(
                format!("contact_{n}_email"),
                c.email.clone().unwrap_or_default(),
            );
        }
        let groups = |kept: usize| (kept + 1).min(MAX_PEOPLE).to_string();
        form.values
            .entry("quotes".into())
            .or_insert_with(|| groups(self.quotes.len()));
        form.values
            .entry("contacts".into())
            .or_insert_with(|| groups(self.contacts.len()));
    }

    /// Reads the groups the form showed; an empty group is skipped, a half-filled one gets an
    /// error on each missing field. The number of groups is capped at [`MAX_PEOPLE`].
    #[must_use]
    pub fn read(form: &mut FormReader<'_>) -> Self {
        let shown = |form: &FormReader<'_>, field: &str| {
            form.get(field)
                .parse::<usize>()
                .map_or(0, |n| n.min(MAX_PEOPLE))
        };
        let mut people = Self::default();
        for n in 1..=shown(form, "quotes") {
            let [speaker, role, text] =
                ["speaker", "role", "text"].map(|f| format!("quote_{n}_{f}"));
            if [&speaker, &role, &text]
                .iter()
                .all(|f| form.get(f).is_empty())
            {
                continue;
            }
            people.quotes.push(QuoteInput {
                speaker: form.required(&speaker, 120, "msg-quote-speaker"),
                role: form.optional(&role, 200).unwrap_or_default(),
                text: form.required(&text, 3000, "msg-quote-text"),
            });
        }
        for n in 1..=shown(form, "contacts") {
            let [name, role, email] = ["name", "role", "email"].map(|f| format!("contact_{n}_{f}"));
            if [&name, &role, &email]
                .iter()
                .all(|f| form.get(f).is_empty())
            {
                continue;
            }
            let typed = form.optional(&email, 254).and_then(|raw| {
                crate::ssr::accounts::parse_email(&raw)
                    .map_err(|_| form.fail_with(&email, "msg-contact-email"))
                    .ok()
            });
            people.contacts.push(ContactInput {
                name: form.required(&name, 120, "msg-contact-name"),
                role: form.optional(&role, 200).unwrap_or_default(),
                email: typed,
            });
        }
        people
    }

    /// Replaces release `id`'s quotes and contacts by these (inside the caller's transaction).
    ///
    /// # Errors
    /// Database errors.
    pub async fn replace<C: ConnectionTrait>(&self, db: &C, id: i32) -> Result<(), DbErr> {
        press_quote::Entity::delete_many()
            .filter(press_quote::Column::PressReleaseId.eq(id))
            .exec(db)
            .await?;
        press_contact::Entity::delete_many()
            .filter(press_contact::Column::PressReleaseId.eq(id))
            .exec(db)
            .await?;
        for (position, q) in (1..).zip(&self.quotes) {
            press_quote::Entity::insert(press_quote::ActiveModel {
                press_release_id: Set(id),
                position: Set(position),
                speaker: Set(q.speaker.clone()),
                role: Set(q.role.clone()),
                text: Set(q.text.clone()),
                ..Default::default()
            })
            .exec(db)
            .await?;
        }
        for (position, c) in (1..).zip(&self.contacts) {
            press_contact::Entity::insert(press_contact::ActiveModel {
                press_release_id: Set(id),
                position: Set(position),
                name: Set(c.name.clone()),
                role: Set(c.role.clone()),
                email: Set(c.email.clone()),
                ..Default::default()
            })
            .exec(db)
            .await?;
        }
        Ok(())
    }

    /// One line each, for the audit log's before / after ("Anne Hidalgo (Mayor of Paris): …").
    #[must_use]
    pub fn audit_lines(&self) -> (String, String) {
        let quotes = self
            .quotes
            .iter()
            .map(|q| format!("{} ({}): {}", q.speaker, q.role, q.text))
            .collect::<Vec<_>>()
            .join(" | ");
        let contacts = self
            .contacts
            .iter()
            .map(|c| {
                format!(
                    "{} ({}) {}",
                    c.name,
                    c.role,
                    c.email.as_deref().unwrap_or("")
                )
                .trim_end()
                .to_owned()
            })
            .collect::<Vec<_>>()
            .join(" | ");
        (quotes, contacts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ssr::forms::Written;
    use std::collections::BTreeMap;

    fn read(fields: &[(&str, &str)]) -> (People, FormState) {
        let fields: BTreeMap<String, String> = fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let mut form = FormReader::new("release-1", &fields, Lang::En);
        let people = People::read(&mut form);
        let Written::Refused(state) = form.refused::<()>("msg-not-saved") else {
            unreachable!("refused is refused")
        };
        (people, state)
    }

    #[test]
    fn empty_groups_are_skipped_and_half_filled_ones_get_errors() {
        let (people, state) = read(&[
            ("quotes", "3"),
            ("quote_1_speaker", "Anne Hidalgo"),
            ("quote_1_role", "Mayor of Paris"),
            ("quote_1_text", "Paris is proud."),
            ("quote_3_role", "Mayor"),
            ("contacts", "2"),
            ("contact_1_name", "Press office"),
            ("contact_1_email", "not an address"),
        ]);
        assert_eq!(people.quotes.len(), 2, "the second group was empty");
        assert_eq!(people.quotes[0].speaker, "Anne Hidalgo");
        assert!(state.error("quote_3_speaker").is_some());
        assert!(state.error("quote_3_text").is_some());
        assert!(state.error("quote_1_text").is_none());
        assert!(state.error("contact_1_email").is_some());
        assert_eq!(people.contacts.len(), 1);
    }

    #[test]
    fn the_number_of_groups_is_capped_and_garbage_reads_as_none() {
        let mut fields = vec![("quotes".to_owned(), "100000".to_owned())];
        for n in 1..=20 {
            fields.push((format!("quote_{n}_speaker"), format!("S{n}")));
            fields.push((format!("quote_{n}_text"), "Said.".to_owned()));
        }
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(read(&borrowed).0.quotes.len(), MAX_PEOPLE);
        assert!(read(&[("quotes", "-1"), ("quote_1_speaker", "S")])
            .0
            .quotes
            .is_empty());
    }

    #[test]
    fn the_form_shows_each_one_kept_and_one_empty_group() {
        let people = People {
            quotes: vec![QuoteInput {
                speaker: "A".into(),
                role: "B".into(),
                text: "C".into(),
            }],
            contacts: Vec::new(),
        };
        let mut form = FormState::default();
        people.into_form(&mut form);
        assert_eq!(form.value("quotes"), "2");
        assert_eq!(form.value("contacts"), "1");
        assert_eq!(form.value("quote_1_text"), "C");
    }
}
