using System.Data.Common;
using System.Diagnostics;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;
using Tandem.Domain.Patients;
using Tandem.Web.Data;

namespace Tandem.Bench;

/// <summary>
/// Deterministic benchmark dataset: one organisation, sites, teams, therapists with a known password and
/// TOTP key, and patients spread over them (the subject therapist has exactly 150), their questionnaires
/// (<see cref="BenchQuestionnaires"/>), plus the 12-row Fortunes table the baseline endpoint reads. Names come from Bogus' Dutch locale with a fixed seed.
/// </summary>
public static class Generator
{
    private const int BatchSize = 5_000;
    private const int Sites = 10;
    private const int TeamsPerSite = 5;

    // Fixed anchor so the same seed gives the same rows on any day.
    private static readonly DateTimeOffset Anchor = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(Args args)
    {
        var provider = args.Provider;
        var connection = args.Required("connection");
        var patients = args.Number("patients", 100_000);
        var therapists = args.Number("therapists", 1_000);
        var seed = args.Number("seed", 42);
        var diaryDays = args.Number("diary-days", 0);
        if (therapists < 1 || patients < BenchAccounts.SubjectCaseload)
        {
            throw new ArgumentException($"Need at least 1 therapist and {BenchAccounts.SubjectCaseload} patients.");
        }

        var total = Stopwatch.StartNew();
        await using (var db = CreateContext(provider, connection))
        {
            await db.Database.MigrateAsync();
            if (await db.Organisations.AnyAsync())
            {
                Console.Error.WriteLine("generate: the database already holds data; use a fresh database.");
                return 1;
            }
        }

        Randomizer.Seed = new Random(seed);
        var faker = new Faker("nl");
        var counts = Caseloads(patients, therapists);

        var organisation = new Organisation("GGZ Benchmark (generated)");
        var sites = Enumerable.Range(0, Sites).Select(_ => new Site(organisation.Id, $"Tandem {faker.Address.City()}", faker.Address.City())).ToList();
        var teams = sites.SelectMany(s => Enumerable.Range(1, TeamsPerSite).Select(t => new Team(s.Id, $"{s.Name} team {t}"))).ToList();

        var hasher = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = 220_000 }));
        var passwordHash = hasher.HashPassword(new AppUser(), BenchAccounts.Password); // once: PBKDF2 costs ~0.1 s

        var staff = new List<AppUser>(therapists);
        for (var i = 0; i < therapists; i++)
        {
            var team = teams[i % teams.Count];
            var email = BenchAccounts.TherapistEmail(i);
            staff.Add(new AppUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                TwoFactorEnabled = true,
                LockoutEnabled = false,
                DisplayName = faker.Name.FullName(),
                Language = i % 4 == 0 ? "en" : "nl",
                OrganisationId = organisation.Id,
                SiteId = team.SiteId,
                TeamId = team.Id,
                CreatedAt = Anchor.AddDays(-faker.Random.Int(30, 900)),
            });
        }

        // The subject signs in with English texts whatever the dice said, so result pages compare across runs.
        staff[0].Language = "en";

        await using (var db = CreateContext(provider, connection))
        {
            var therapistRole = await db.Roles.Where(r => r.Name == nameof(Role.Therapist)).Select(r => r.Id).SingleAsync();
            db.Organisations.Add(organisation);
            db.Sites.AddRange(sites);
            db.Teams.AddRange(teams);
            await db.SaveChangesAsync();
            foreach (var chunk in staff.Chunk(BatchSize))
            {
                db.Users.AddRange(chunk);
                db.UserRoles.AddRange(chunk.Select(u => new IdentityUserRole<Guid> { UserId = u.Id, RoleId = therapistRole }));
                db.UserTokens.AddRange(chunk.Select(u => new IdentityUserToken<Guid>
                {
                    UserId = u.Id,
                    LoginProvider = "[AspNetUserStore]",
                    Name = "AuthenticatorKey",
                    Value = BenchAccounts.TotpKey,
                }));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            await CreateFortunesAsync(db);
        }

        Console.Error.WriteLine($"generate: {therapists} therapists in {total.Elapsed.TotalSeconds:F1} s");
        var written = 0;
        await using (var db = CreateContext(provider, connection))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var t = 0; t < therapists; t++)
            {
                var therapist = staff[t];
                for (var n = 0; n < counts[t]; n++)
                {
                    var given = faker.Name.FirstName();
                    var family = faker.Name.LastName();
                    var created = Anchor.AddDays(-faker.Random.Int(1, 700)).AddMinutes(faker.Random.Int(0, 600));
                    var patient = new Patient(organisation.Id, therapist.SiteId!.Value, therapist.TeamId!.Value, therapist.Id,
                        given, family, $"patient{written:D7}@example.nl", created);
                    var entry = db.Patients.Add(patient);
                    var roll = faker.Random.Int(0, 99);
                    if (roll < 60)
                    {
                        entry.Property(p => p.Status).CurrentValue = PatientStatus.Active;
                        entry.Property(p => p.ActivatedAt).CurrentValue = created.AddDays(faker.Random.Int(0, 10));
                    }
                    else if (roll < 75)
                    {
                        entry.Property(p => p.Status).CurrentValue = PatientStatus.Closed;
                    }

                    if (++written % BatchSize == 0)
                    {
                        await db.SaveChangesAsync();
                        db.ChangeTracker.Clear();
                    }
                }
            }

            await db.SaveChangesAsync();
            var subject = await CreatePatientAccountAsync(db, staff[0], passwordHash);
            var questionnaires = await BenchQuestionnaires.CreateAsync(db, organisation.Id, subject, staff[0].Id, Anchor, seed);
            Console.Error.WriteLine($"generate: {questionnaires} questionnaires with their scores in {total.Elapsed.TotalSeconds:F1} s");
            await CreateAdministratorAsync(db, organisation.Id, passwordHash);
            if (diaryDays > 0)
            {
                await GeneratorActivity.CreateAsync(db, Anchor, diaryDays);
                Console.Error.WriteLine($"generate: treatments, work, time and {diaryDays} diary days per patient in {total.Elapsed.TotalSeconds:F1} s");
            }

            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; ANALYZE;");
            }
        }

        Console.WriteLine($"generate: {written} patients, {therapists} therapists (subject {BenchAccounts.Subject} has "
            + $"{counts[0]} patients) in {total.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>
    /// Patients per therapist: the subject (0) has exactly 150, therapist 1 has 50, therapist 2 has 500 and every
    /// tenth therapist 150 (the P1 sizes), as far as the total allows; the rest is spread evenly over the others.
    /// </summary>
    public static int[] Caseloads(int patients, int therapists)
    {
        var counts = new int[therapists];
        var fixedSize = new bool[therapists];
        var left = patients;
        void Fix(int index, int size)
        {
            if (index < therapists && left >= size)
            {
                counts[index] = size;
                fixedSize[index] = true;
                left -= size;
            }
        }

        Fix(0, BenchAccounts.SubjectCaseload);
        Fix(1, 50);
        Fix(2, 500);
        for (var i = 10; i < therapists && left > 150 * 20; i += 10)
        {
            Fix(i, 150);
        }

        var others = Enumerable.Range(0, therapists).Where(i => !fixedSize[i]).ToList();
        if (others.Count == 0)
        {
            counts[0] += left;
            return counts;
        }

        for (var k = 0; k < others.Count; k++)
        {
            counts[others[k]] = (left / others.Count) + (k < left % others.Count ? 1 : 0);
        }

        return counts;
    }

    public static AppDbContext CreateContext(string provider, string connection) => provider switch
    {
        "Postgres" => new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options),
        _ => new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options),
    };

    /// <summary>Gives the subject therapist's first patient an account, for the diary and patient-home scenarios; returns its id.</summary>
    private static async Task<Guid> CreatePatientAccountAsync(AppDbContext db, AppUser therapist, string passwordHash)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var patient = await db.Patients.Where(p => p.TherapistId == therapist.Id).OrderBy(p => p.Email).FirstAsync();
        var user = NewUser(BenchAccounts.PatientEmail, patient.FullName, passwordHash, patient.OrganisationId);
        (user.SiteId, user.TeamId) = (patient.SiteId, patient.TeamId);
        var patientRole = await db.Roles.Where(r => r.Name == nameof(Role.Patient)).Select(r => r.Id).SingleAsync();
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = patientRole });
        if (patient.UserId is null && patient.Status != PatientStatus.Closed)
        {
            patient.LinkAccount(user.Id, Anchor);
        }
        else
        {
            db.Entry(patient).Property(p => p.UserId).CurrentValue = user.Id;
            db.Entry(patient).Property(p => p.Status).CurrentValue = PatientStatus.Active;
        }

        await db.SaveChangesAsync();
        return patient.Id;
    }

    /// <summary>The organisation's administrator, who sees the whole organisation on the RE-AIM dashboard (P3).</summary>
    private static async Task CreateAdministratorAsync(AppDbContext db, Guid organisationId, string passwordHash)
    {
        var admin = NewUser(BenchAccounts.AdminEmail, "Bench Administrator", passwordHash, organisationId);
        admin.TwoFactorEnabled = true;
        var role = await db.Roles.Where(r => r.Name == nameof(Role.OrgAdmin)).Select(r => r.Id).SingleAsync();
        db.Users.Add(admin);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = admin.Id, RoleId = role });
        db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = admin.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = BenchAccounts.TotpKey });
        await db.SaveChangesAsync();
    }

    /// <summary>An English-speaking account with the shared password, confirmed and never locked out.</summary>
    private static AppUser NewUser(string email, string name, string passwordHash, Guid organisationId) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        PasswordHash = passwordHash,
        LockoutEnabled = false,
        DisplayName = name,
        Language = "en",
        OrganisationId = organisationId,
        CreatedAt = Anchor,
    };

    private static async Task CreateFortunesAsync(AppDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = """CREATE TABLE "Fortunes" ("Id" integer PRIMARY KEY, "Message" varchar(2048) NOT NULL)""";
            await create.ExecuteNonQueryAsync();
        }

        foreach (var (id, message) in Fortunes.Seed)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = """INSERT INTO "Fortunes" ("Id", "Message") VALUES (@id, @message)""";
            Add(insert, "@id", id);
            Add(insert, "@message", message);
            await insert.ExecuteNonQueryAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
