using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Content;

public sealed class ContentValidationTests : IDisposable
{
    private const string Module1File = "programmes/demo/modules/demo-01.yaml";
    private const string ProgrammeFile = "programmes/demo/programme.yaml";

    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_valid_programme_loads_with_its_modules_in_step_order()
    {
        var result = ProgrammeLoader.Load(_content.Root);

        Assert.Empty(result.Errors);
        var programme = Assert.Single(result.Programmes);
        Assert.Equal(["demo-01", "demo-02"], programme.Modules.Select(m => m.Id));
    }

    [Fact]
    public void A_text_without_English_is_an_error_on_its_line_and_the_programme_is_left_out()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("""text: { nl: "Hallo", en: "Hello" }""", """text: { nl: "Hallo" }""", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(Module1File, error.File);
        Assert.Equal(13, error.Line);
        Assert.Contains("'text' of text block is missing the English text ('en')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_Dutch_text_is_an_error()
    {
        _content.Write(ProgrammeFile, ContentFolder.Programme.Replace("""summary: { nl: "Een demo.", """, """summary: { nl: "", """, StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((ProgrammeFile, 4), (error.File, error.Line));
        Assert.Contains("missing the Dutch text ('nl')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_block_type_is_an_error_naming_the_type()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("- type: text", "- type: quiz", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 12), (error.File, error.Line));
        Assert.StartsWith("unknown block type 'quiz'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_that_is_not_a_picture_file_is_an_error_naming_the_file()
    {
        var yaml = ContentFolder.Module1;
        var exercise = yaml.IndexOf("- type: exercise", StringComparison.Ordinal);
        var lineStart = yaml.LastIndexOf('\n', exercise) + 1;
        var indent = yaml[lineStart..exercise];
        _content.Write(Module1File, yaml.Insert(lineStart, $"{indent}- type: image\n{indent}  src: notes.txt\n{indent}  alt: {{ nl: \"Notities\", en: \"Notes\" }}\n"));

        var error = SingleError();

        Assert.Equal(Module1File, error.File);
        Assert.StartsWith("image 'notes.txt' must be a picture file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("estimated-minutes: 10", "estimated-minutes: 10\nduration: 5", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 8), (error.File, error.Line));
        Assert.StartsWith("unknown key 'duration' in module", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_page_id_is_an_error_pointing_at_the_first()
    {
        var pages = """
              - id: start
                title: { nl: "Start", en: "Start" }
                blocks:
                  - type: text
                    text: { nl: "Hallo", en: "Hello" }
              - id: start
                title: { nl: "Nog eens", en: "Again" }
                blocks:
                  - type: text
                    text: { nl: "Hallo", en: "Hello" }
            """;
        _content.Write("programmes/demo/modules/demo-02.yaml", ContentFolder.Module("demo-02", pages));

        var error = SingleError();

        Assert.Equal(("programmes/demo/modules/demo-02.yaml", 14), (error.File, error.Line));
        Assert.Equal("duplicate page id 'start' (first used on line 9)", error.Message);
    }

    [Fact]
    public void A_module_link_to_a_module_outside_the_programme_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("module: demo-02", "module: demo-03", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 28), (error.File, error.Line));
        Assert.Equal("module-link to 'demo-03', which is not a module of this programme", error.Message);
    }

    [Fact]
    public void A_feedback_moment_including_an_unknown_exercise_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("includes: [my-answers]", "includes: [my-answers, my-goals]", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 25), (error.File, error.Line));
        Assert.Equal("feedback moment includes 'my-goals', which is not an exercise or goal of this module", error.Message);
    }

    [Fact]
    public void A_step_naming_a_module_without_a_file_is_an_error_in_the_programme()
    {
        _content.Delete("programmes/demo/modules/demo-02.yaml");

        var errors = ProgrammeLoader.Load(_content.Root).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(8, error.Line);
        Assert.Equal("step names module 'demo-02', but there is no file modules/demo-02.yaml", error.Message);
    }

    [Fact]
    public void A_module_file_that_no_step_names_is_an_error()
    {
        _content.Write("programmes/demo/modules/demo-09.yaml", ContentFolder.Module2.Replace("demo-02", "demo-09", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("programmes/demo/modules/demo-09.yaml", 1), (error.File, error.Line));
        Assert.Equal("module 'demo-09' is not named by any step in programme.yaml", error.Message);
    }

    [Fact]
    public void A_module_id_that_differs_from_its_file_name_is_an_error()
    {
        _content.Write("programmes/demo/modules/demo-02.yaml", ContentFolder.Module2.Replace("id: demo-02", "id: demo-2", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("programmes/demo/modules/demo-02.yaml", 1), (error.File, error.Line));
        Assert.Equal("module id 'demo-2' differs from its file name 'demo-02'", error.Message);
    }

    [Fact]
    public void A_YAML_syntax_error_is_reported_with_its_line()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("""title: { nl: "Vragen", en: "Questions" }""", """title: { nl: "Vragen", en: "Questions" """, StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(Module1File, error.File);
        Assert.InRange(error.Line, 16, 18);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_field_without_options_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1
            .Replace("kind: scale", "kind: choice", StringComparison.Ordinal)
            .Replace("            min: 0\n            max: 10\n", "", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 18), (error.File, error.Line));
        Assert.Equal("a choice field needs 'options'", error.Message);
    }

    [Fact]
    public void A_scale_with_min_not_below_max_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("max: 10", "max: 0", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 18), (error.File, error.Line));
        Assert.Equal("scale 'how' needs min < max (min 0, max 0)", error.Message);
    }

    [Fact]
    public void An_id_with_capitals_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("id: my-answers", "id: My_Answers", StringComparison.Ordinal));

        var errors = ProgrammeLoader.Load(_content.Root).Errors;

        Assert.Contains(errors, e => e.File == Module1File && e.Line == 15 && e.Message.StartsWith("'My_Answers' is not a valid id", StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_that_is_not_a_positive_whole_number_is_an_error()
    {
        _content.Write(ProgrammeFile, ContentFolder.Programme.Replace("version: 1", "version: 1.5", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((ProgrammeFile, 2), (error.File, error.Line));
        Assert.Equal("'version' of programme must be a positive whole number, not '1.5'", error.Message);
    }

    [Fact]
    public void Recommended_when_in_a_sequential_programme_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("estimated-minutes: 10", "estimated-minutes: 10\nrecommended-when: [always]", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 8), (error.File, error.Line));
        Assert.Equal("recommended-when is for modules of tailored programmes only", error.Message);
    }

    [Fact]
    public void A_recommended_when_flag_missing_from_the_profile_flags_is_an_error()
    {
        _content.Write(ProgrammeFile, ContentFolder.Programme.Replace("selection: sequential", """
            selection: tailored
            profile-flags:
              - id: low-mood
                label: { nl: "Somber", en: "Low mood" }
                description: { nl: "Vaak somber.", en: "Often low." }
            """, StringComparison.Ordinal));
        _content.Write(Module1File, ContentFolder.Module1.Replace("estimated-minutes: 10", "estimated-minutes: 10\nrecommended-when: [low-mood, poor-sleep]", StringComparison.Ordinal));
        _content.Write("programmes/demo/modules/demo-02.yaml", ContentFolder.Module2.Replace("estimated-minutes: 10", "estimated-minutes: 10\nrecommended-when: [always]", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 8), (error.File, error.Line));
        Assert.Equal("recommended-when names 'poor-sleep', which is not in the programme's profile-flags (or 'always')", error.Message);
    }

    [Fact]
    public void A_variant_step_with_one_variant_is_an_error()
    {
        _content.Write(ProgrammeFile, ContentFolder.Programme.Replace("  - demo-02", """
              - id: demo-choice
                choose-by: pattern
                variants:
                  - { module: demo-02, when: active }
            """, StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((ProgrammeFile, 8), (error.File, error.Line));
        Assert.Equal("variant step 'demo-choice' needs at least two variants", error.Message);
    }

    [Fact]
    public void An_unknown_diary_type_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("- type: text\n", "- type: diary-prompt\n        diary: mood\n", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 13), (error.File, error.Line));
        Assert.Equal("unknown diary 'mood' in diary-prompt block; expected one of: sleep-wake, activity, pain-fatigue", error.Message);
    }

    [Fact]
    public void A_key_given_twice_is_an_error_not_a_crash()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("version: 1", "version: 1\nversion: 2", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 3), (error.File, error.Line));
        Assert.Equal("YAML syntax error: Duplicate key version", error.Message);
    }

    [Fact]
    public void A_module_named_twice_in_a_programme_is_an_error()
    {
        _content.Write(ProgrammeFile, ContentFolder.Programme.Replace("  - demo-02", "  - demo-02\n  - demo-01", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((ProgrammeFile, 9), (error.File, error.Line));
        Assert.Equal("duplicate module id 'demo-01' (first used on line 7)", error.Message);
    }

    [Fact]
    public void An_exercise_and_a_goal_sharing_an_id_is_an_error()
    {
        _content.Write(Module1File, ContentFolder.Module1.Replace("id: send", "id: my-answers", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((Module1File, 24), (error.File, error.Line));
        Assert.Equal("duplicate exercise/goal/homework/feedback id 'my-answers' (first used on line 15)", error.Message);
    }

    [Fact]
    public void An_unknown_selection_is_an_error()
    {
        _content.Write(ProgrammeFile, ContentFolder.Programme.Replace("selection: sequential", "selection: random", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((ProgrammeFile, 5), (error.File, error.Line));
        Assert.Equal("unknown selection 'random' in programme; expected one of: sequential, tailored", error.Message);
    }

    private ContentError SingleError()
    {
        var result = ProgrammeLoader.Load(_content.Root);
        Assert.Empty(result.Programmes);
        return Assert.Single(result.Errors);
    }
}
