fn main() -> std::process::ExitCode {
    docflow::cli::main()
}
