//! Configuration: one typed struct, read once from the environment at start.

use std::net::SocketAddr;

/// The embedded SQLite database used when `DATABASE_URL` is not set.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/icc.sqlite?mode=rwc";

/// Everything the server reads from its environment. `.env.example` lists the variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://…` (default: the embedded file) or `postgres://…`.
    pub database_url: String,
    /// `SITE_URL`: the public URL, for absolute links; no trailing slash.
    pub site_url: String,
    /// `LEPTOS_SITE_ADDR`: where to listen.
    pub site_addr: SocketAddr,
    /// `RUST_LOG`: the log filter.
    pub log_filter: String,
    /// `LEPTOS_SITE_ROOT`: the folder of built assets (`pkg/`, public files).
    pub site_root: String,
    /// `LEPTOS_OUTPUT_NAME`: the base name of the CSS, JS and wasm files in `pkg/`.
    pub output_name: String,
    /// `ADMIN_IDLE_MINUTES` (default 30): a staff session unused this long ends.
    pub admin_idle_minutes: i64,
    /// `ADMIN_SESSION_HOURS` (default 12): a staff session ends this long after login.
    pub admin_session_hours: i64,
    /// `ADMIN_LOCKOUT_MINUTES` (default 15): how long 5 failed logins in a row lock an account.
    pub admin_lockout_minutes: i64,
    /// `PAGE_CACHE` (`on` by default, or `off`): keep rendered public pages per registry version.
    pub page_cache: bool,
    /// `PUBLIC_FORMS_PER_HOUR` (default 200): public form submissions (intents to sign,
    /// suggested corrections) accepted per hour from everyone together.
    pub public_forms_per_hour: i64,
    /// `PUBLIC_FORMS_PER_SENDER` (default 5): the same, per sender address.
    pub public_forms_per_sender: i64,
    /// `TRUSTED_PROXIES`: comma-separated addresses of the reverse proxies in front of this
    /// server; only a request from one of them may name its sender in `X-Forwarded-For`.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// A variable with a value the server cannot use.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("configuration: {variable} {reason}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub reason: String,
}

fn bad(variable: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        reason: reason.into(),
    }
}

impl Config {
    /// Reads the process environment.
    ///
    /// # Errors
    /// The first variable whose value is malformed, by name.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup` (the environment, or a map in tests).
    ///
    /// # Errors
    /// The first variable whose value is malformed, by name.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };

        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(bad(
                "DATABASE_URL",
                "must start with sqlite:, postgres:// or postgresql://",
            ));
        }

        let site_addr = match get("LEPTOS_SITE_ADDR") {
            Some(raw) => raw.parse::<SocketAddr>().map_err(|_| {
                bad(
                    "LEPTOS_SITE_ADDR",
                    format!("must be an address and port such as 127.0.0.1:3000, not {raw:?}"),
                )
            })?,
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
        };

        let site_url = match get("SITE_URL") {
            Some(raw) => parse_site_url(&raw)?,
            None => format!("http://{site_addr}"),
        };

        let log_filter =
            get("RUST_LOG").unwrap_or_else(|| "info,sqlx=warn,sea_orm=warn".to_owned());
        tracing_subscriber::EnvFilter::try_new(&log_filter)
            .map_err(|e| bad("RUST_LOG", format!("is not a valid log filter: {e}")))?;

        let site_root = get("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".to_owned());
        let output_name = get("LEPTOS_OUTPUT_NAME").unwrap_or_else(|| "icc".to_owned());
        if !output_name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(bad(
                "LEPTOS_OUTPUT_NAME",
                "may hold only letters, digits, - and _",
            ));
        }
        let minutes = |name: &'static str, default: i64, max: i64| -> Result<i64, ConfigError> {
            match get(name) {
                None => Ok(default),
                Some(raw) => raw
                    .parse::<i64>()
                    .ok()
                    .filter(|v| (1..=max).contains(v))
                    .ok_or_else(|| {
                        bad(
                            name,
                            format!("must be a whole number from 1 to {max}, not {raw:?}"),
                        )
                    }),
            }
        };
        let page_cache = match get("PAGE_CACHE").as_deref() {
            None | Some("on") => true,
            Some("off") => false,
            Some(other) => {
                return Err(bad(
                    "PAGE_CACHE",
                    format!("must be on or off, not {other:?}"),
                ))
            }
        };
        let public_forms_per_hour = minutes("PUBLIC_FORMS_PER_HOUR", 200, 100_000)?;
        let public_forms_per_sender = minutes("PUBLIC_FORMS_PER_SENDER", 5, 10_000)?;
        let mut trusted_proxies = Vec::new();
        for raw in get("TRUSTED_PROXIES").unwrap_or_default().split(',') {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            trusted_proxies.push(raw.parse().map_err(|_| {
                bad(
                    "TRUSTED_PROXIES",
                    format!("must list IP addresses separated by commas, not {raw:?}"),
                )
            })?);
        }
        Ok(Self {
            page_cache,
            public_forms_per_hour,
            public_forms_per_sender,
            trusted_proxies,
            database_url,
            site_url,
            site_addr,
            log_filter,
            site_root,
            output_name,
            admin_idle_minutes: minutes("ADMIN_IDLE_MINUTES", 30, 30)?,
            admin_session_hours: minutes("ADMIN_SESSION_HOURS", 12, 12)?,
            admin_lockout_minutes: minutes("ADMIN_LOCKOUT_MINUTES", 15, 24 * 60)?,
        })
    }

    /// True when the database is SQLite.
    #[must_use]
    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

fn parse_site_url(raw: &str) -> Result<String, ConfigError> {
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))
        .ok_or_else(|| bad("SITE_URL", "must start with http:// or https://"))?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() || host.contains(char::is_whitespace) || raw.contains(['?', '#']) {
        return Err(bad(
            "SITE_URL",
            format!("must be a plain URL such as https://charter.eurocities.eu, not {raw:?}"),
        ));
    }
    Ok(raw.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_serve_the_embedded_database_on_port_3000() {
        let c = config(&[]).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.site_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.site_url, "http://127.0.0.1:3000");
        assert!(c.is_sqlite());
    }

    #[test]
    fn postgres_and_a_public_url_are_taken() {
        let c = config(&[
            ("DATABASE_URL", "postgres://u:p@localhost/icc"),
            ("SITE_URL", "https://charter.example.eu/"),
        ])
        .unwrap();
        assert!(!c.is_sqlite());
        assert_eq!(c.site_url, "https://charter.example.eu");
    }

    #[test]
    fn each_bad_value_names_its_variable() {
        for (var, value) in [
            ("DATABASE_URL", "mysql://x"),
            ("LEPTOS_SITE_ADDR", "localhost"),
            ("SITE_URL", "charter.example.eu"),
            ("SITE_URL", "https:///path"),
            ("RUST_LOG", "info,[[["),
            ("LEPTOS_OUTPUT_NAME", "../x"),
            ("ADMIN_IDLE_MINUTES", "120"),
            ("ADMIN_SESSION_HOURS", "0"),
            ("ADMIN_LOCKOUT_MINUTES", "soon"),
        ] {
            let err = config(&[(var, value)]).unwrap_err();
            assert_eq!(err.variable, var, "{value}");
            assert!(err.to_string().contains(var));
        }
    }
}
