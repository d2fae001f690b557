// mimalloc: `docflow serve` allocates on one thread and frees on another
// for every request, which glibc's allocator pays for dearly.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    docflow::cli::main()
}
