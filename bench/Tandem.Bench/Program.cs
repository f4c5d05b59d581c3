using Tandem.Bench;

return args.FirstOrDefault() switch
{
    "generate" => await Generator.RunAsync(Args.Parse(args[1..])),
    "serve" => await BenchServer.RunAsync(Args.Parse(args[1..])),
    "run" => await Scenario.RunAsync(Args.Parse(args[1..])),
    "diary" => await DiaryScenario.RunAsync(Args.Parse(args[1..])),
    "fhir" => await FhirScenario.RunAsync(Args.Parse(args[1..])),
    "worklist" => await WorklistScenario.RunAsync(Args.Parse(args[1..])),
    "dashboard" => await DashboardScenario.RunAsync(Args.Parse(args[1..])),
    "cookie" => await Scenario.PrintCookieAsync(Args.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Tandem benchmark (see bench/README.md)
          generate --provider Postgres|Sqlite --connection "..." [--patients 100000] [--therapists 1000] [--seed 42]
                   [--diary-days 0]   (PostgreSQL: treatments, work, time and a diary entry per patient per day)
          serve    --provider Postgres|Sqlite --connection "..." [--port 5099]
          run      --provider Postgres|Sqlite [--url http://127.0.0.1:5099] [--rounds 3] [--duration 10] [--warmup 5]
                   [--threads 1] [--connections 16] [--patients N] [--therapists N] [--out bench/results]
          diary    --provider Postgres|Sqlite [--url ...] [--rounds 3] [--duration 10] [--warmup 5] [--connections 16]
                   [--rate 200] [--patients N] [--therapists N] [--out bench/results]   (needs hey)
          fhir     --provider Postgres|Sqlite [--url ...] [--rounds 3] [--duration 10] [--warmup 5] [--connections 16]
                   [--rate 200] [--patients N] [--therapists N] [--out bench/results]   (needs hey)
          worklist (same options as fhir)   (needs hey)
          dashboard --provider Postgres --connection "..." [--url ...] [--rounds 3] [--duration 20] [--from 2025-01] [--to 2025-12]
                   [--patients N] [--therapists N] [--out bench/results]   (needs hey and a dataset made with --diary-days)
          cookie   [--url http://127.0.0.1:5099] [--therapist 0]   (signs in, prints the Cookie header;
                   therapist 0 has 150 patients, 1 has 50, 2 has 500 when the dataset is large enough)
        """);
    return 2;
}
