//! Entry point: mount the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    rebound::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rebound is a web app: build it with `scripts/serve` and open it in a browser.");
}
