using System.Text.RegularExpressions;

namespace Tandem.IntegrationTests;

/// <summary>Conventions of the Razor pages that the tag helpers rely on, checked over every page's source.</summary>
public sealed partial class PageConventionTests
{
    [Fact]
    public void Every_field_bound_to_the_model_has_a_place_for_its_error_message_on_the_same_page()
    {
        var pages = Path.Combine(RepositoryRoot(), "src", "Tandem.Web", "Pages");
        var missing =
            from file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            let source = File.ReadAllText(file)
            let messages = MessageFor().Matches(source).Select(m => m.Groups["name"].Value).ToHashSet()
            from field in Field().Matches(source)
            where !field.Value.Contains("type=\"hidden\"", StringComparison.Ordinal)
            let name = field.Groups["name"].Value
            where !messages.Contains(name)
            select $"{Path.GetRelativePath(pages, file)}: {name}";

        // FieldErrorTagHelper points a refused field's aria-describedby at this element; without it the reference dangles.
        Assert.Empty(missing.Distinct());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tandem.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""<(?:input|select|textarea)\b[^>]*\basp-for="(?<name>[^"]+)"[^>]*>""")]
    private static partial Regex Field();

    [GeneratedRegex("""asp-validation-for="(?<name>[^"]+)""")]
    private static partial Regex MessageFor();
}
