//! The staff session and lockout rules: configuration the application state carries (set from
//! the environment by the server, shorter in tests) and the accounts services apply.

use time::Duration;

/// Session and lockout rules; production defaults, shorter in tests.
#[derive(Clone, Debug)]
pub struct AdminPolicy {
    /// A session unused for this long ends.
    pub idle_timeout: Duration,
    /// A session ends this long after login, however active.
    pub absolute_timeout: Duration,
    /// Failed attempts (password or code) in a row that lock an account.
    pub max_failures: i32,
    /// How long a locked account stays locked.
    pub lockout: Duration,
    /// True when the site is served over HTTPS: the cookie is then `Secure` with the `__Host-` prefix.
    pub secure_cookie: bool,
}

impl Default for AdminPolicy {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::minutes(30),
            absolute_timeout: Duration::hours(12),
            max_failures: 5,
            lockout: Duration::minutes(15),
            secure_cookie: false,
        }
    }
}

impl AdminPolicy {
    /// The session cookie's name.
    #[must_use]
    pub fn cookie_name(&self) -> &'static str {
        if self.secure_cookie {
            "__Host-icc_staff"
        } else {
            "icc_staff"
        }
    }

    /// A `Set-Cookie` value carrying `token`.
    #[must_use]
    pub fn session_cookie(&self, token: &str) -> String {
        format!(
            "{}={token}; Path=/; HttpOnly; SameSite=Strict{}",
            self.cookie_name(),
            if self.secure_cookie { "; Secure" } else { "" }
        )
    }

    /// A `Set-Cookie` value that removes the session cookie.
    #[must_use]
    pub fn cleared_cookie(&self) -> String {
        format!(
            "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}",
            self.cookie_name(),
            if self.secure_cookie { "; Secure" } else { "" }
        )
    }
}
