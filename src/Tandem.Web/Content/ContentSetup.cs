using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Tandem.Web.Content;

public static class ContentSetup
{
    /// <summary>The picture formats content may use; nothing else in the content folder is ever served.</summary>
    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
    };

    public static IEnumerable<string> ImageExtensions => ImageTypes.Keys;

    public static bool IsImage(string path) => ImageTypes.ContainsKey(Path.GetExtension(path));

    /// <summary>
    /// Loads the programmes, instruments, feedback guides, implementation tables and training courses from <c>Content:Path</c> (default: the <c>content</c> folder next to the app)
    /// when the host starts; any content error is logged and stops start-up, so invalid content never reaches a patient.
    /// </summary>
    public static IServiceCollection AddContentCatalogs(this IServiceCollection services, IConfiguration config)
    {
        var root = Root(config);
        services.AddSingleton(provider =>
        {
            var result = ProgrammeLoader.Load(root, provider.GetRequiredService<InstrumentCatalog>().All);
            Refuse(root, result.Errors, provider.GetRequiredService<ILogger<ProgrammeCatalog>>());
            return new ProgrammeCatalog(result.Programmes);
        });
        services.AddSingleton(provider =>
        {
            var result = InstrumentLoader.Load(root);
            Refuse(root, result.Errors, provider.GetRequiredService<ILogger<InstrumentCatalog>>());
            return new InstrumentCatalog(result.Instruments, result.Wordings);
        });
        services.AddSingleton(provider =>
        {
            var (guide, errors) = FeedbackGuideLoader.Load(root, provider.GetRequiredService<ProgrammeCatalog>().All);
            Refuse(root, errors, provider.GetRequiredService<ILogger<FeedbackGuide>>());
            return guide;
        });
        services.AddSingleton(provider =>
        {
            var (catalog, errors) = ImplementationLoader.Load(root);
            Refuse(root, errors, provider.GetRequiredService<ILogger<ImplementationCatalog>>());
            return catalog!;
        });
        services.AddSingleton(provider =>
        {
            var (catalog, errors) = TrainingLoader.Load(root);
            Refuse(root, errors, provider.GetRequiredService<ILogger<TrainingCatalog>>());
            return catalog!;
        });
        services.AddHostedService<ContentStartupCheck>();
        return services;
    }

    /// <summary>
    /// Serves the programmes' pictures at <c>/content/{programme}/{path}</c> (image blocks). Content is public
    /// (as the programme preview is); the YAML files and any other file type are not served. SVG is served under
    /// the same CSP as every response, so a script in one would not run.
    /// </summary>
    public static IApplicationBuilder UseProgrammeImages(this WebApplication app)
    {
        var programmes = Path.Combine(Root(app.Configuration), "programmes");
        return !Directory.Exists(programmes) ? app : app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(programmes),
            RequestPath = "/content",
            ContentTypeProvider = new FileExtensionContentTypeProvider(ImageTypes),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
    }

    private static string Root(IConfiguration config) => Path.GetFullPath(config["Content:Path"] ?? "content", AppContext.BaseDirectory);

    private static void Refuse(string root, IReadOnlyList<ContentError> errors, ILogger logger)
    {
        foreach (var error in errors)
        {
            ContentLog.Error(logger, error.ToString());
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The content in '{root}' has {errors.Count} error(s); fix them before starting:{Environment.NewLine}"
                + string.Join(Environment.NewLine, errors));
        }
    }

    /// <summary>Builds the catalogues as the host starts, so a content error fails start-up rather than a patient's page.</summary>
    private sealed class ContentStartupCheck(
        ProgrammeCatalog programmes, InstrumentCatalog instruments, FeedbackGuide feedback, ImplementationCatalog implementation, TrainingCatalog training)
        : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = (programmes, instruments, feedback, implementation, training);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

internal static partial class ContentLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Content error: {Error}")]
    public static partial void Error(ILogger logger, string error);
}
