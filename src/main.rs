//! The `incidex` binary: parse arguments, run the verb, print the error
//! chain, map the outcome to an exit code (0 ok, 1 no result, 2 error).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = incidex::cli::Cli::parse();
    match incidex::commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`incidex extract | head`) is not an error.
            if err.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
                    || c.downcast_ref::<serde_json::Error>()
                        .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
                    || c.downcast_ref::<polars::error::PolarsError>()
                        .is_some_and(|e| e.to_string().contains("Broken pipe"))
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}
