//! The locale and workflow files are embedded with `include_dir`, which
//! cargo cannot see through: without this, an edited `.ftl` or `.toml`
//! would not rebuild the program, and tests would run the old text.

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=workflows");
}
