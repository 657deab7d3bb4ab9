//! `/settings`: where the data is and how big it is, backups, import and
//! export, preferences and the recovery-plan template.

mod backup;
mod erase;
mod import;
mod install;
mod support;
mod template;

use leptos::prelude::*;

use crate::model::time::WeekStart;
use crate::platform;
use crate::store::QUOTA_CHARS;
use crate::ui::state::{use_app, Problem};
use crate::ui::widgets::{human_size, set_title, Progress};
use crate::APP_VERSION;

#[component]
pub fn Settings() -> impl IntoView {
    set_title(crate::t!("Settings"));
    let dropped = RwSignal::new_local(None::<web_sys::File>);
    // (Settings warmed off screen must not take the files from the real one.)
    if !crate::ui::lazy::warming() {
        platform::files::receive_launched_files(move |f| dropped.set(Some(f)));
    }
    // A backup file dropped anywhere on the page goes to the import preview.
    let over = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            dropped.set(Some(file));
        }
    };
    view! {
        <div class="page" on:dragover=over on:drop=drop>
            <h1>{crate::t!("Settings")}</h1>
            <StorageCard />
            <backup::BackupCard dropped=dropped />
            <crate::ui::transfer::DevicesCard />
            <install::InstallCard />
            <support::SupportCard />
            <Preferences />
            <crate::ui::proof::SettingsLink />
            <template::TemplateEditor />
            <erase::EraseCard />
            <section class="card" aria-labelledby="about-title">
                <h2 id="about-title">{crate::t!("About")}</h2>
                <p>
                    {crate::tf!("Rebound version {version}.", version = APP_VERSION)} " "
                    {crate::t!("Works offline. No accounts, no tracking, no server.")}
                </p>
            </section>
        </div>
    }
}

#[component]
fn StorageCard() -> impl IntoView {
    let app = use_app();
    let status = app.storage;
    // Ask the browser whether storage is persistent (it answers asynchronously).
    leptos::task::spawn_local(async move {
        let p = platform::is_persisted().await;
        status.update(|s| s.persisted = Some(p));
    });
    let works = move || {
        status.with(|s| match &s.problem {
            Some(Problem::MemoryOnly(_)) => {
                crate::t!("Not available — changes last only until you close this tab.")
            }
            Some(Problem::Newer { .. }) => {
                crate::t!("Read-only: a newer version of Rebound saved your data.")
            }
            Some(Problem::Corrupt { .. }) => {
                crate::t!("Paused: saved data couldn't be read (see the message above).")
            }
            Some(Problem::Quota { .. }) => {
                crate::t!("Full — export a backup, then free some space.")
            }
            // "Saved" only after a save that worked, with nothing waiting;
            // what isn't saved comes before the private-window note.
            _ if s.unsaved => crate::t!("Your latest change isn't saved yet."),
            _ if s.pending => crate::t!("Saving your latest change…"),
            _ if s.private == Some(true) => {
                crate::t!(
                    "Working, in a private window: everything is erased when the window closes."
                )
            }
            _ if s.last_saved.is_none() => crate::t!("Working. Nothing has been saved yet."),
            _ => crate::t!("Working. Everything is saved in this browser on this device."),
        })
    };
    // Measure on opening Settings and after each save seen here.
    let saved_size = Memo::new(move |_| status.with(|s| s.chars_saved));
    Effect::new(move |_| {
        saved_size.track();
        app.measure_storage();
    });
    let used = move || status.with(|s| s.used_chars);
    let records = Memo::new(move |_| app.data.with(|d| d.record_count()));
    view! {
        <section class="card" aria-labelledby="storage-title">
            <h2 id="storage-title">{crate::t!("Your data")}</h2>
            <dl class="facts">
                <div>
                    <dt>{crate::t!("Storage")}</dt>
                    <dd class="storage-state">{works}</dd>
                </div>
                <div>
                    <dt>{crate::t!("Kept safe from clean-ups")}</dt>
                    <dd>
                        {move || match status.with(|s| s.persisted) {
                            Some(true) => crate::t!("Yes — the browser has agreed to keep it."),
                            Some(false) => {
                                crate::t!(
                                    "Not guaranteed. Installing the app and regular backups help."
                                )
                            }
                            None => crate::t!("Checking…"),
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{crate::t!("Where it lives")}</dt>
                    <dd>{where_it_lives()}</dd>
                </div>
                <div>
                    <dt>{crate::t!("Backups")}</dt>
                    <dd>{move || crate::ui::backups::status(app)}</dd>
                </div>
                {crate::platform::sw::offline_unavailable()
                    .map(|why| {
                        view! {
                            <div>
                                <dt>{crate::t!("Offline")}</dt>
                                <dd>{why}</dd>
                            </div>
                        }
                    })}
                <div>
                    <dt>{crate::t!("Records")}</dt>
                    <dd>{move || records.get()}</dd>
                </div>
                <div>
                    <dt>{crate::t!("Last saved")}</dt>
                    <dd>
                        {move || {
                            status
                                .with(|s| {
                                    s.last_saved
                                        .map(|t| {
                                            let day = platform::local_date(t);
                                            let when = crate::model::time::relative_day(
                                                day,
                                                platform::today(),
                                            );
                                            crate::tf!(
                                                "{day} at {time}",
                                                day = when,
                                                time = platform::local_time(t),
                                            )
                                        })
                                        .unwrap_or_else(|| crate::t!("Nothing saved yet").into())
                                })
                        }}
                    </dd>
                </div>
            </dl>
            <Progress
                value=Signal::derive(used)
                max=Signal::derive(|| QUOTA_CHARS)
                label=Signal::derive(move || {
                    crate::tf!(
                        "{used} used of about {quota}",
                        used = human_size(used()),
                        quota = human_size(QUOTA_CHARS),
                    )
                })
            />
        </section>
    }
}

/// Installed or not, and what that means for keeping the data.
fn where_it_lives() -> &'static str {
    use crate::model::backup::Exposure;
    if crate::platform::install::is_standalone() {
        crate::t!("In the installed app on this device.")
    } else if crate::platform::install::exposure() == Exposure::SafariTab {
        crate::t!("In a Safari tab on this device. Safari deletes a website's data after seven days of use without a visit, so add Rebound to your Home Screen or Dock, and back up.")
    } else {
        crate::t!("In this browser on this device (not installed as an app).")
    }
}

#[component]
fn Preferences() -> impl IntoView {
    let app = use_app();
    let s = Memo::new(move |_| app.data.with(|d| d.settings.clone()));
    view! {
        <section class="card form" aria-labelledby="prefs-title">
            <h2 id="prefs-title">{crate::t!("Preferences")}</h2>
            <div class="field">
                <label for="language">{crate::t!("Language")}</label>
                // Each language named in its own words (and marked as such,
                // for screen readers); this device keeps the choice.
                <select
                    id="language"
                    aria-describedby="language-hint"
                    on:change=move |ev| {
                        if let Some(l) = crate::lang::Lang::from_key(&event_target_value(&ev)) {
                            crate::ui::language::choose(app, l)
                        }
                    }
                >
                    {crate::lang::Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option
                                    value=l.key()
                                    lang=l.tag()
                                    selected=move || app.lang.get() == l
                                >
                                    {l.own_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <span class="hint" id="language-hint">
                    {crate::t!(
                        "On this device only. Emails you paste are read in any of these languages whatever you choose here."
                    )}
                </span>
            </div>
            <div class="field">
                <label for="pref-name">{crate::t!("Your name (signs feedback emails)")}</label>
                <input
                    id="pref-name"
                    type="text"
                    autocomplete="name"
                    maxlength="120"
                    prop:value=move || s.with(|s| s.your_name.clone())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        app.change_settings(|s| s.your_name = v.trim().to_string())
                    }
                />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="pref-week">{crate::t!("Weeks start on")}</label>
                    <select
                        id="pref-week"
                        on:change=move |ev| {
                            let v = if event_target_value(&ev) == "sunday" {
                                WeekStart::Sunday
                            } else {
                                WeekStart::Monday
                            };
                            app.change_settings(|s| s.week_start = v);
                        }
                    >
                        <option
                            value="monday"
                            selected=move || s.with(|s| s.week_start == WeekStart::Monday)
                        >
                            {crate::t!("Monday")}
                        </option>
                        <option
                            value="sunday"
                            selected=move || s.with(|s| s.week_start == WeekStart::Sunday)
                        >
                            {crate::t!("Sunday")}
                        </option>
                    </select>
                </div>
                <div class="field">
                    <label for="pref-quiet">
                        {crate::t!("Suggest closing silent applications after (days)")}
                    </label>
                    <input
                        id="pref-quiet"
                        type="number"
                        min="7"
                        max="365"
                        inputmode="numeric"
                        prop:value=move || s.with(|s| s.quiet_days.to_string())
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                                app.change_settings(|s| s.quiet_days = n.clamp(7, 365));
                            }
                        }
                    />
                </div>
            </div>
            <div class="field">
                <label for="pref-followup">
                    {crate::t!("Suggest one follow-up after a feedback request (days)")}
                </label>
                <input
                    id="pref-followup"
                    type="number"
                    min="3"
                    max="20"
                    inputmode="numeric"
                    prop:value=move || s.with(|s| s.followup_days.to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                            app.change_settings(|s| s.followup_days = n.clamp(3, 20));
                        }
                    }
                />
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || s.with(|s| s.backup_nudge)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        app.change_settings(|s| s.backup_nudge = on)
                    }
                />
                {crate::t!(
                    "Remind me on Today to back up when something changed: after a week in Safari, two weeks elsewhere, or after about 25 changes"
                )}
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || s.with(|s| s.burnout_guard)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        app.change_settings(|s| s.burnout_guard = on)
                    }
                />
                {crate::t!(
                    "Suggest a rest when I've sent many applications and heard nothing for two weeks"
                )}
            </label>
        </section>
    }
}
