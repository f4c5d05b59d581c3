using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Tandem.Web;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Diaries;
using Tandem.Web.Fhir;
using Tandem.Web.Guidance;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;
using Tandem.Web.Measurement;
using Tandem.Web.Outreach;
using Tandem.Web.Reminders;
using Tandem.Web.Reporting;
using Tandem.Web.Training;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
if (!builder.Environment.IsDevelopment())
{
    builder.Logging.AddJsonConsole();
}

var services = builder.Services;
var cookies = new CookiePolicy(builder.Configuration.GetValue("Security:HttpsOnly", !builder.Environment.IsDevelopment()));
services.AddSingleton(cookies);
services.AddSingleton(TimeProvider.System);
services.AddHttpContextAccessor();
services.AddTandemDatabase(builder.Configuration);
services.AddTandemIdentity(cookies);
services.AddTandemAuthorization();
services.AddTandemLocalization(cookies);
services.AddTandemPages();
services.AddContentCatalogs(builder.Configuration);
services.AddTandemRateLimits(builder.Configuration);
services.AddDataProtection().SetApplicationName("Tandem").PersistKeysToDbContext<AppDbContext>();
services.AddHsts(hsts =>
{
    hsts.MaxAge = TimeSpan.FromDays(365);
    hsts.IncludeSubDomains = true;
    hsts.ExcludedHosts.Clear();
});
services.AddProblemDetails();
services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
services.Configure<SmtpOptions>(builder.Configuration.GetSection("Smtp"));
services.AddOptions<AppOptions>()
    .Bind(builder.Configuration.GetSection("App"))
    .Validate(app => builder.Environment.IsDevelopment() || Uri.TryCreate(app.BaseUrl, UriKind.Absolute, out _),
        "App:BaseUrl must be the absolute public address (e.g. https://tandem.example.nl): e-mailed links use it.")
    .ValidateOnStart();
services.AddScoped<Mailer>();
services.AddScoped<AuditTrail>();
services.AddScoped<AccountMail>();
services.AddScoped<DemoSeeder>();
services.AddScoped<TrainingNotices>();
services.AddTandemReminders(builder.Configuration);
services.AddScoped<SiteContent>();
services.AddGradedTargets(builder.Configuration);
services.AddMeasurement();
services.AddGuidance();
services.AddImplementation();
services.AddReporting();
services.AddOutreach(builder.Configuration);

var app = builder.Build();

if (args.Contains(BootstrapAdmin.Command))
{
    return await BootstrapAdmin.RunAsync(app, args);
}

await app.PrepareDatabaseAsync();

if (app.Configuration.GetValue("Security:TrustForwardedHeaders", false))
{
    // Behind the clinic's own TLS-terminating proxy only: the client address and scheme come from it.
    var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
    forwarded.KnownIPNetworks.Clear();
    forwarded.KnownProxies.Clear();
    app.UseForwardedHeaders(forwarded);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/Status/{0}");
app.UseStaticFiles(new StaticFileOptions
{
    OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=604800",
});
app.UseProgrammeImages();
app.UseRequestLocalization();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
app.MapFhir();
app.MapSiteAssets();
app.MapHealthChecks("/health").AllowAnonymous().DisableRateLimiting();

await app.RunAsync();
return 0;
