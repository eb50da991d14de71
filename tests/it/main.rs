//! The one integration test binary: HTTP against a spawned server on a real database
//! (a temporary SQLite file; PostgreSQL too when `TEST_DATABASE_URL` is set), and a real browser.

mod admin_browser;
mod browser;
mod charter;
mod conferences_admin;
mod crash;
mod database;
mod deletions;
mod editions_admin;
mod helpers;
mod history;
mod http;
mod i18n;
mod import;
mod newsroom;
mod open_data;
mod own_account;
mod process;
mod public_face;
mod record;
mod registry;
mod security;
mod signings;
mod staff_accounts;
mod staff_lists;
mod validators;
mod working_group_admin;
