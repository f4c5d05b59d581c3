using Microsoft.AspNetCore.Hosting;
using Tandem.Domain.Programmes;
using Tandem.IntegrationTests.Content;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Training;

public sealed class TrainingContentTests
{
    [Fact]
    public void The_shipped_eCoach_course_loads_with_its_lessons_and_survey_in_both_languages()
    {
        var (catalog, errors) = TrainingLoader.Load(Path.Combine(ShippedContentTests.RepositoryRoot(), "content"));

        Assert.Empty(errors.Select(e => e.ToString()));
        var course = catalog!.ECoach;
        Assert.Equal(
            ["ecoach-01-the-programmes", "ecoach-02-writing-feedback", "ecoach-03-working-in-tandem", "ecoach-04-organising-online-care"],
            course.Lessons.Select(l => l.Id));
        Assert.All(course.Lessons.SelectMany(l => l.Pages).SelectMany(p => p.Blocks), b => Assert.True(b is TextBlock or ExerciseBlock));
        Assert.Equal(8, course.Survey!.Items.Count);
        Assert.Contains("{average-fatigue}", course.Lesson("ecoach-03-working-in-tandem")!.Pages.SelectMany(p => p.Blocks).OfType<TextBlock>().Select(t => t.Text.Dutch).Aggregate((a, b) => a + b), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lessons/ecoach-01-the-programmes.yaml", "  en: \"The treatments: what your patients do and why\"", "  fr: \"Les traitements\"", "missing the English text")]
    [InlineData("course.yaml", "  - ecoach-04-organising-online-care", "  - ecoach-05-missing", "no file lessons/ecoach-05-missing.yaml")]
    [InlineData("course.yaml", "    - id: right-tone", "    - id: confident-feedback", "duplicate survey item id 'confident-feedback'")]
    [InlineData("lessons/ecoach-02-writing-feedback.yaml", "      - type: text", "      - type: homework\n        id: try-it\n        title: { nl: \"Doen\", en: \"Do\" }", "only text and exercise blocks")]
    public void Bad_training_content_is_refused_with_the_file_named(string file, string find, string replace, string message)
    {
        using var content = new ContentFolder();
        var path = Path.Combine(content.Root, "training", "ecoach", file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        File.WriteAllText(path, text[..index] + replace + text[(index + find.Length)..]);

        var (catalog, errors) = TrainingLoader.Load(content.Root);

        Assert.Null(catalog);
        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.StartsWith("training/ecoach/", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_eCoach_course_the_content_is_refused()
    {
        using var content = new ContentFolder();
        Directory.Delete(Path.Combine(content.Root, "training", "ecoach"), recursive: true);

        var (catalog, errors) = TrainingLoader.Load(content.Root);

        Assert.Null(catalog);
        Assert.Contains("eCoach course is missing", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_does_not_start_while_a_course_names_a_lesson_without_a_file()
    {
        using var content = new ContentFolder();
        var course = Path.Combine(content.Root, "training", "ecoach", "course.yaml");
        File.WriteAllText(course, File.ReadAllText(course).Replace("  - ecoach-04-organising-online-care\n", "  - ecoach-04-organising-online-care\n  - ecoach-05-later\n", StringComparison.Ordinal));
        await using var app = new AppWithContent(content.Root);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await app.InitializeAsync());

        Assert.Contains("training/ecoach/course.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("course lists lesson 'ecoach-05-later', but there is no file lessons/ecoach-05-later.yaml", error.Message, StringComparison.Ordinal);
    }

    private sealed class AppWithContent(string contentRoot) : TandemApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:Path", contentRoot);
        }
    }
}
