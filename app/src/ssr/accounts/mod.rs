//! Staff authentication: password rules and Argon2id hashes, TOTP codes that work once,
//! server-side sessions stored in the database, and the guard every admin function calls.
//!
//! Sessions are a small table rather than a generic session crate on purpose: only a SHA-256 of
//! the cookie's token is stored (a copy of the database holds no live session), and each row
//! names its staff member, so disabling an account ends all its sessions in one statement.
//!
//! Files: `passwords` (rules, Argon2id, the login throttle), `hashing` (a low-priority pool of
//! hashing threads with a bounded queue), `totp` (one-time codes), `sessions`
//! (policy, tokens, cookies), `invites` (setup and invitation links), `team` (accounts
//! from a link, admins' changes), `guard` (what
//! every admin server function does first; kept forms), `login` (the login's steps), `own` (one's
//! own account: password change, recovery codes).

mod guard;
mod hashing;
mod invites;
pub mod login;
pub mod own;
mod passwords;
mod sessions;
mod team;
#[cfg(test)]
mod tests;
mod totp;

pub use crate::ssr::policy::AdminPolicy;
pub use guard::*;
pub use hashing::*;
pub use invites::*;
pub use passwords::*;
pub use sessions::*;
pub use team::*;
pub use totp::*;
