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

/// What bounds the public forms (an intent to sign, a suggested correction): submissions per
/// hour from everyone and from one sender, and which proxies may name the sender.
#[derive(Clone, Debug)]
pub struct PublicFormPolicy {
    pub per_hour: i64,
    pub per_sender: i64,
    /// Reverse proxies whose `X-Forwarded-For` is believed; any other sender is its own address.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for PublicFormPolicy {
    fn default() -> Self {
        Self {
            per_hour: 200,
            per_sender: 5,
            trusted_proxies: Vec::new(),
        }
    }
}

impl PublicFormPolicy {
    /// Who sent a request: the peer, or, when the peer is a trusted proxy, the last address in
    /// `X-Forwarded-For` that is not one of the trusted proxies (the one the proxy saw).
    #[must_use]
    pub fn sender(
        &self,
        peer: Option<std::net::IpAddr>,
        forwarded_for: Option<&str>,
    ) -> Option<std::net::IpAddr> {
        let peer = peer?;
        if !self.trusted_proxies.contains(&peer) {
            return Some(peer);
        }
        let named = forwarded_for
            .unwrap_or_default()
            .rsplit(',')
            .filter_map(|a| a.trim().parse::<std::net::IpAddr>().ok())
            .find(|a| !self.trusted_proxies.contains(a));
        Some(named.unwrap_or(peer))
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
