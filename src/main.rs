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
            if incidex::error::is_broken_pipe(&err) {
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
