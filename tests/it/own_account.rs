//! One's own account (issue #21): one-time recovery codes (stored hashed, each usable once, also
//! when tried in parallel, regenerable) and changing one's own password (current password and a
//! second factor; other sessions end; two changes with one code: one wins).

use app::ssr::accounts::Role;
use app::ssr::entities::{staff_recovery_code, staff_session};
use sea_orm::EntityTrait;

use crate::helpers::{cookie_of, location, spawn_app, Staff, TestApp, PASSWORD};

/// The codes shown on the account page right after making them.
fn shown_codes(page: &str) -> Vec<String> {
    page.split("<ul class=\"codes\">")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .map(|list| {
            list.split("<code>")
                .skip(1)
                .filter_map(|c| c.split('<').next().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The next 30-second step, so the authenticator shows a code not used yet.
fn next_step(app: &TestApp) {
    app.clock.advance(time::Duration::seconds(31));
}

/// A login with the password then `code`: the session cookie when it succeeds.
async fn login_with(app: &TestApp, email: &str, password: &str, code: &str) -> Option<String> {
    let response = app.password_step(email, password).await;
    let pre = cookie_of(&response)?;
    if !location(&response).starts_with("/admin/login/code") {
        return None;
    }
    let response = app.code_step(&pre, code).await;
    (location(&response) == "/admin")
        .then(|| cookie_of(&response))
        .flatten()
}

async fn make_codes(app: &TestApp, staff: &Staff) -> Vec<String> {
    next_step(app);
    let code = app.code_now(&staff.secret);
    let response = app
        .post_form(
            "/api/admin/account/recovery-codes",
            Some(&staff.cookie),
            &[("f[codes_password]", PASSWORD), ("f[codes_code]", &code)],
        )
        .await;
    assert_eq!(location(&response), "/admin/account");
    let (_, page) = app.staff_page("/admin/account", &staff.cookie).await;
    let codes = shown_codes(&page);
    assert_eq!(codes.len(), 10, "{page}");
    codes
}

#[tokio::test]
async fn recovery_codes_sign_in_once_each_even_in_parallel_and_renewing_them_retires_the_old() {
    let app = spawn_app().await;
    let staff = app.signed_in("codes@eurocities.eu", Role::Editor).await;
    let (status, page) = app.staff_page("/admin/account", &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(page.contains("Unused codes left: 0."), "{page}");

    // A wrong password makes nothing, and what was typed is not kept anywhere.
    next_step(&app);
    let code = app.code_now(&staff.secret);
    let response = app
        .post_form(
            "/api/admin/account/recovery-codes",
            Some(&staff.cookie),
            &[
                ("f[codes_password]", "not my password at all"),
                ("f[codes_code]", &code),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/account");
    let flashes = format!(
        "{:?}",
        staff_session::Entity::find()
            .all(&app.db)
            .await
            .expect("sessions")
    );
    assert!(
        !flashes.contains("not my password at all"),
        "a typed password is never kept"
    );
    let (_, page) = app.staff_page("/admin/account", &staff.cookie).await;
    assert!(
        page.contains("This is not your current password."),
        "{page}"
    );
    assert_eq!(app.count_rows("staff_recovery_code").await, 0);

    let codes = make_codes(&app, &staff).await;
    let (_, again) = app.staff_page("/admin/account", &staff.cookie).await;
    assert!(shown_codes(&again).is_empty(), "shown once");
    assert!(again.contains("Unused codes left: 10."));
    // Stored hashed only.
    let stored = format!(
        "{:?}",
        staff_recovery_code::Entity::find()
            .all(&app.db)
            .await
            .expect("codes")
    );
    for code in &codes {
        assert!(!stored.contains(&code.replace('-', "")) && !stored.contains(code.as_str()));
    }

    // A code of the right shape that is not one of the account's is a wrong code.
    let response = app
        .post_form(
            "/api/admin/account/password",
            Some(&staff.cookie),
            &[
                ("f[password]", PASSWORD),
                ("f[code]", "abcde-fghjk"),
                (
                    "f[new_password]",
                    "a brand new pass phrase for the registry",
                ),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/account");
    let (_, page) = app.staff_page("/admin/account", &staff.cookie).await;
    assert!(page.contains("This code is not valid"), "{page}");

    // A code signs in (typed in capitals with a space: read the same), once.
    let typed = codes[0].to_uppercase().replace('-', " ");
    assert!(login_with(&app, &staff.email, PASSWORD, &typed)
        .await
        .is_some());
    assert!(
        login_with(&app, &staff.email, PASSWORD, &codes[0])
            .await
            .is_none(),
        "used once"
    );

    // The same unused code sent by three logins at once signs in exactly one of them (three:
    // with the failure above they stay under the lockout's five).
    let mut pre = Vec::new();
    for _ in 0..3 {
        let response = app.password_step(&staff.email, PASSWORD).await;
        pre.push(cookie_of(&response).expect("pre-login cookie"));
    }
    let attempts = pre.iter().map(|cookie| app.code_step(cookie, &codes[1]));
    let results = futures_util::future::join_all(attempts).await;
    let in_count = results.iter().filter(|r| location(r) == "/admin").count();
    assert_eq!(in_count, 1, "one login per code, whatever the timing");

    // New codes: the earlier ones stop working.
    let renewed = make_codes(&app, &staff).await;
    assert!(renewed.iter().all(|c| !codes.contains(c)));
    assert!(login_with(&app, &staff.email, PASSWORD, &codes[2])
        .await
        .is_none());
    assert!(login_with(&app, &staff.email, PASSWORD, &renewed[0])
        .await
        .is_some());
    let (_, page) = app.staff_page("/admin/account", &staff.cookie).await;
    assert!(page.contains("Unused codes left: 9."), "{page}");

    // Two renewals sent at once with one authenticator code: one set is made, not two.
    let sets = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            app::ssr::entities::audit_log::Entity::find()
                .all(&db)
                .await
                .expect("audit")
                .into_iter()
                .filter(|r| r.action == "account.recovery_codes")
                .count()
        }
    };
    let before = sets(&app).await;
    next_step(&app);
    let code = app.code_now(&staff.secret);
    let fields = [
        ("f[codes_password]", PASSWORD),
        ("f[codes_code]", code.as_str()),
    ];
    let renew = || {
        app.post_form(
            "/api/admin/account/recovery-codes",
            Some(&staff.cookie),
            &fields,
        )
    };
    tokio::join!(renew(), renew());
    assert_eq!(sets(&app).await, before + 1, "one renewal per code");
    assert_eq!(
        app.count_rows("staff_recovery_code").await,
        10,
        "one set of ten"
    );
}

#[tokio::test]
async fn staff_change_their_own_password_with_a_second_factor_once_and_other_sessions_end() {
    let app = spawn_app().await;
    let staff = app.signed_in("pw@eurocities.eu", Role::Editor).await;
    next_step(&app);
    let elsewhere = login_with(&app, &staff.email, PASSWORD, &app.code_now(&staff.secret))
        .await
        .expect("a second session");
    let new_password = "a brand new pass phrase for the registry";
    let change = |current: &'static str, code: String, new: &'static str| {
        let (app, cookie) = (&app, staff.cookie.clone());
        async move {
            app.post_form(
                "/api/admin/account/password",
                Some(&cookie),
                &[
                    ("f[password]", current),
                    ("f[code]", &code),
                    ("f[new_password]", new),
                ],
            )
            .await
        }
    };

    // Refused, each with its reason, and nothing changes.
    next_step(&app);
    let code = app.code_now(&staff.secret);
    for (current, code, new, reason) in [
        (
            "wrong current password",
            code.clone(),
            new_password,
            "This is not your current password.",
        ),
        (
            PASSWORD,
            "000000".to_owned(),
            new_password,
            "This code is not valid",
        ),
        (PASSWORD, code.clone(), "password", "too common"),
        (PASSWORD, code.clone(), "short", "at least 8 characters"),
    ] {
        let response = change(current, code, new).await;
        assert_eq!(location(&response), "/admin/account");
        let (_, page) = app.staff_page("/admin/account", &staff.cookie).await;
        assert!(page.contains(reason), "{reason}: {page}");
    }

    // Two changes sent at once with one code: exactly one goes through.
    next_step(&app);
    let code = app.code_now(&staff.secret);
    let (first, second) = tokio::join!(
        change(PASSWORD, code.clone(), new_password),
        change(PASSWORD, code.clone(), "another new pass phrase entirely")
    );
    assert_eq!(location(&first), "/admin/account");
    assert_eq!(location(&second), "/admin/account");
    let changes = app::ssr::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .expect("audit")
        .into_iter()
        .filter(|r| r.action == "account.password")
        .collect::<Vec<_>>();
    assert_eq!(changes.len(), 1, "one change per code");
    assert!(
        !format!("{changes:?}").contains(new_password),
        "no password in the audit log"
    );

    // This session stays, the other one ended; the old password no longer works.
    assert_eq!(app.staff_page("/admin/account", &staff.cookie).await.0, 200);
    let response = app
        .client
        .get(format!("{}/admin", app.address))
        .header("cookie", &elsewhere)
        .send()
        .await
        .expect("get");
    assert!(
        location(&response).starts_with("/admin/login"),
        "the other session ended"
    );
    next_step(&app);
    let code = app.code_now(&staff.secret);
    assert!(login_with(&app, &staff.email, PASSWORD, &code)
        .await
        .is_none());
    let winner = if login_with(&app, &staff.email, new_password, &code)
        .await
        .is_some()
    {
        new_password
    } else {
        next_step(&app);
        let code = app.code_now(&staff.secret);
        assert!(
            login_with(
                &app,
                &staff.email,
                "another new pass phrase entirely",
                &code
            )
            .await
            .is_some(),
            "one of the two new passwords is the password now"
        );
        "another new pass phrase entirely"
    };
    assert!(!winner.is_empty());
}
