//! Start-up against a real database: creation, migration, seeding once, never overwriting.

use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::helpers::{fresh_postgres_url, sqlite_url, test_config};

async fn a_second_start_neither_reseeds_nor_overwrites(url: &str) {
    let config = test_config(url);
    let first = server::prepare(&config).await.expect("first start");
    let backend = first.db.get_database_backend();
    first
        .db
        .execute_raw(Statement::from_string(
            backend,
            "UPDATE edition SET title = 'Edited by staff' WHERE slug = '2010'",
        ))
        .await
        .expect("staff edit");
    let report = server::seed::run(&first.db).await.expect("seed again");
    assert!(report.applied.is_empty(), "nothing re-applied: {report:?}");

    let second = server::prepare(&config).await.expect("second start");
    let row = second
        .db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT title FROM edition WHERE slug = '2010'",
        ))
        .await
        .expect("query")
        .expect("row");
    assert_eq!(
        row.try_get_by_index::<String>(0).expect("title"),
        "Edited by staff"
    );
    for (table, expected) in [("edition", 2_i64), ("country", 53), ("eu_membership", 28)] {
        let row = second
            .db
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT COUNT(*) FROM {table}"),
            ))
            .await
            .expect("count")
            .expect("row");
        assert_eq!(
            row.try_get_by_index::<i64>(0).expect("n"),
            expected,
            "{table}"
        );
    }
}

#[tokio::test]
async fn a_second_start_on_sqlite_keeps_what_staff_changed() {
    let dir = tempfile::tempdir().expect("dir");
    a_second_start_neither_reseeds_nor_overwrites(&sqlite_url(&dir)).await;
}

#[tokio::test]
async fn a_second_start_on_postgresql_keeps_what_staff_changed() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    a_second_start_neither_reseeds_nor_overwrites(&url).await;
}

#[tokio::test]
async fn sqlite_is_opened_with_wal_full_sync_and_foreign_keys() {
    let dir = tempfile::tempdir().expect("dir");
    let state = server::prepare(&test_config(&sqlite_url(&dir)))
        .await
        .expect("start");
    server::db::check_sqlite_pragmas(&state.db)
        .await
        .expect("pragmas as configured");
    let row = state
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA journal_mode",
        ))
        .await
        .expect("pragma")
        .expect("row");
    assert_eq!(row.try_get_by_index::<String>(0).expect("mode"), "wal");
    // Foreign keys are enforced: an EU membership for an unknown country is refused.
    let refused = state
        .db
        .execute_unprepared(
            "INSERT INTO eu_membership (country_code, joined_on) VALUES ('ZZ', '2030-01-01')",
        )
        .await;
    assert!(refused.is_err());
}

#[tokio::test]
async fn the_default_database_is_a_file_created_with_its_folder() {
    let dir = tempfile::tempdir().expect("dir");
    let url = sqlite_url(&dir);
    assert!(!dir.path().join("db").exists());
    server::prepare(&test_config(&url)).await.expect("start");
    assert!(dir.path().join("db").join("icc.sqlite").is_file());
}

#[tokio::test]
async fn an_online_backup_restores_to_a_serving_site() {
    use crate::helpers::PDF;
    let app = crate::helpers::spawn_app().await;
    // A stored file (a council decision), to come back with the restore.
    app.declare_intent().await;
    let dir = tempfile::tempdir().expect("dir");
    let copy = dir.path().join("backup.sqlite");
    // Reads continue while the copy is taken.
    let (backup, page) = tokio::join!(
        server::db::backup(&app.db, &copy),
        app.page("/signatories/paris")
    );
    backup.expect("backup");
    assert_eq!(page.0, 200);
    assert!(
        matches!(
            server::db::backup(&app.db, &copy).await,
            Err(server::db::BackupError::Exists(_))
        ),
        "never overwrites"
    );

    // The restore drill: a new app on the copy serves the same registry.
    let restored =
        crate::helpers::spawn_app_on(&format!("sqlite://{}?mode=rwc", copy.display())).await;
    let (status, page) = restored.page("/signatories?country=DE").await;
    assert_eq!(status, 200);
    assert!(page.contains("6 signatories match, of 54 in the registry."));
    assert_eq!(
        restored
            .page("/newsroom/paris-sets-out-commitment-to-migrant-integration")
            .await
            .0,
        200
    );
    // The file came back with it: staff download the same bytes.
    let staff = restored
        .signed_in("restore@eurocities.eu", app::ssr::accounts::Role::Editor)
        .await;
    let (_, file) = restored
        .first_staff_file("/admin/applications/1", &staff.cookie)
        .await;
    assert_eq!(file.status().as_u16(), 200);
    assert_eq!(file.bytes().await.expect("bytes").as_ref(), PDF);
}

/// A migration that fails halfway (its third table already exists) is rolled back whole, and
/// the server refuses to start with a message that says so (QUALITY.md R11).
async fn a_failed_migration_changes_nothing(url: &str) {
    use migration::MigratorTrait;
    let db = sea_orm::Database::connect(url).await.expect("connect");
    migration::Migrator::up(&db, Some(3))
        .await
        .expect("the first three migrations");
    let backend = db.get_database_backend();
    let count = |sql: String| {
        let db = db.clone();
        async move {
            db.query_one_raw(sea_orm::Statement::from_string(backend, sql))
                .await
                .expect("query")
                .expect("row")
                .try_get::<i64>("", "n")
                .expect("n")
        }
    };
    db.execute_unprepared(
        "INSERT INTO seed_marker (name, applied_at) VALUES ('kept', '2026-01-01 00:00:00+00:00')",
    )
    .await
    .expect("data");
    // Migration 4 creates staff, staff_session, then staff_invite: make the third one fail.
    db.execute_unprepared("CREATE TABLE staff_invite (blocker INTEGER)")
        .await
        .expect("blocker");
    let tables = |name: &str| {
        match backend {
        sea_orm::DbBackend::Sqlite => format!("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '{name}'"),
        _ => format!("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{name}'"),
    }
    };
    let error = server::prepare(&test_config(url))
        .await
        .expect_err("the start is refused");
    assert!(
        error
            .to_string()
            .contains("migration failed, nothing was changed"),
        "{error}"
    );
    assert_eq!(
        count(tables("staff")).await,
        0,
        "the first table of the failed migration is rolled back"
    );
    assert_eq!(count(tables("staff_session")).await, 0);
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM seaql_migrations".into()).await,
        3,
        "not recorded as applied"
    );
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM seed_marker WHERE name = 'kept'".into()).await,
        1,
        "data unchanged"
    );
}

#[tokio::test]
async fn a_failed_migration_changes_nothing_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::create_dir_all(dir.path().join("db")).expect("folder");
    a_failed_migration_changes_nothing(&sqlite_url(&dir)).await;
}

#[tokio::test]
async fn a_failed_migration_changes_nothing_on_postgres() {
    let Some(url) = crate::helpers::fresh_postgres_url().await else {
        return;
    };
    a_failed_migration_changes_nothing(&url).await;
}

/// Every state the application can store is accepted by the database, any other value is
/// refused (and changes nothing), whether the write comes from the application or by hand.
async fn the_database_refuses_a_state_the_application_does_not_know(url: &str) {
    use app::ssr::entities::staff_invite;
    use app::ssr::entities::states::{Publication, SignatoryKind, SignatoryStatus, StaffRole};
    use sea_orm::{ActiveModelTrait, Iterable, Set};
    let state = server::prepare(&test_config(url)).await.expect("start");
    let db = &state.db;
    let backend = db.get_database_backend();
    let run = |text: String| db.execute_raw(Statement::from_string(backend, text));
    let read = |table: &'static str, column: &'static str| async move {
        db.query_one_raw(Statement::from_string(
            backend,
            format!("SELECT {column} FROM {table} WHERE id = (SELECT MIN(id) FROM {table})"),
        ))
        .await
        .expect("read")
        .expect("a row")
        .try_get_by_index::<String>(0)
        .expect("text")
    };
    let cases: [(&str, &str, Vec<&str>); 5] = [
        (
            "signatory",
            "kind",
            SignatoryKind::iter().map(SignatoryKind::as_str).collect(),
        ),
        (
            "signatory",
            "status",
            SignatoryStatus::iter()
                .map(SignatoryStatus::as_str)
                .collect(),
        ),
        (
            "edition",
            "status",
            Publication::iter().map(Publication::as_str).collect(),
        ),
        (
            "press_release",
            "status",
            Publication::iter().map(Publication::as_str).collect(),
        ),
        (
            "signing",
            "date_precision",
            vec!["day", "month", "year", "unknown"],
        ),
    ];
    for (table, column, accepted) in cases {
        let set = |to: &str| {
            format!("UPDATE {table} SET {column} = '{to}' WHERE id = (SELECT MIN(id) FROM {table})")
        };
        let before = read(table, column).await;
        for ok in &accepted {
            run(set(ok))
                .await
                .unwrap_or_else(|e| panic!("{table}.{column} = {ok}: {e}"));
        }
        run(set(&before)).await.expect("restore");
        assert!(
            run(set("withdrawnn")).await.is_err(),
            "{table}.{column} took an unknown state"
        );
        assert_eq!(
            read(table, column).await,
            before,
            "{table}.{column} unchanged"
        );
    }
    // Inserts are checked too: the typed entity writes a known role, SQL by hand cannot write another.
    let now = state.clock.now();
    for role in StaffRole::iter() {
        staff_invite::ActiveModel {
            token_hash: Set(format!("hash-{}", role.as_str())),
            role: Set(role),
            created_by: Set(None),
            created_at: Set(now),
            expires_at: Set(None),
            used_at: Set(None),
        }
        .insert(db)
        .await
        .unwrap_or_else(|e| panic!("invite as {role:?}: {e}"));
    }
    assert!(
        run("INSERT INTO staff_invite (token_hash, role, created_at) \
             VALUES ('x', 'owner', CURRENT_TIMESTAMP)"
            .into())
        .await
        .is_err(),
        "an invitation for an unknown role"
    );
}

#[tokio::test]
async fn the_database_refuses_unknown_states_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    the_database_refuses_a_state_the_application_does_not_know(&sqlite_url(&dir)).await;
}

#[tokio::test]
async fn the_database_refuses_unknown_states_on_postgresql() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    the_database_refuses_a_state_the_application_does_not_know(&url).await;
}

/// The entities' declared relations are the schema's foreign keys: joining through them
/// finds every seeded signing's signatory and edition, and every edition's sections.
async fn relations_join_as_the_foreign_keys_do(url: &str) {
    use app::ssr::entities::{edition, edition_section, signatory, signing};
    use sea_orm::{EntityTrait, PaginatorTrait};
    let state = server::prepare(&test_config(url)).await.expect("start");
    let db = &state.db;
    let signings = signing::Entity::find()
        .find_also_related(signatory::Entity)
        .all(db)
        .await
        .expect("join");
    assert_eq!(
        signings.len() as u64,
        signing::Entity::find().count(db).await.expect("n")
    );
    assert!(signings.len() > 30, "the seeded signings");
    for (s, who) in &signings {
        assert_eq!(who.as_ref().map(|w| w.id), Some(s.signatory_id));
    }
    let by_edition = signing::Entity::find()
        .find_also_related(edition::Entity)
        .all(db)
        .await
        .expect("join");
    assert!(by_edition
        .iter()
        .all(|(s, e)| e.as_ref().map(|e| e.id) == Some(s.edition_id)));
    let editions = edition::Entity::find()
        .find_with_related(edition_section::Entity)
        .all(db)
        .await
        .expect("join");
    assert!(editions.iter().any(|(_, sections)| !sections.is_empty()));
    for (e, sections) in &editions {
        assert!(sections.iter().all(|s| s.edition_id == e.id));
    }
}

#[tokio::test]
async fn relations_join_as_the_foreign_keys_do_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    relations_join_as_the_foreign_keys_do(&sqlite_url(&dir)).await;
}

#[tokio::test]
async fn relations_join_as_the_foreign_keys_do_on_postgresql() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    relations_join_as_the_foreign_keys_do(&url).await;
}
