//! A kind page for links that lead nowhere.

use crate::ui::router::A;
use leptos::prelude::*;

use super::widgets::set_title;

#[component]
pub fn NotFound() -> impl IntoView {
    set_title(crate::t!("Page not found"));
    view! {
        <div class="page narrow">
            <h1>{crate::t!("This page doesn't exist")}</h1>
            <p class="lead">
                {crate::t!(
                    "The link may be old or mistyped. Your data is safe — nothing has changed."
                )}
            </p>
            <p>
                <A href="/" attr:class="btn">
                    {crate::t!("Back to Today")}
                </A>
            </p>
        </div>
    }
}
