using Tandem.Domain.SiteContent;

namespace Tandem.UnitTests.SiteContent;

public sealed class LineDiffTests
{
    [Fact]
    public void Equal_texts_have_only_unchanged_lines()
    {
        var diff = LineDiff.Compute("a\nb\nc", "a\nb\nc");

        Assert.All(diff, line => Assert.Equal(DiffKind.Same, line.Kind));
        Assert.False(LineDiff.HasChanges(diff));
    }

    [Fact]
    public void A_changed_line_shows_as_removed_then_added_between_unchanged_lines()
    {
        var diff = LineDiff.Compute("one\ntwo\nthree", "one\n2\nthree");

        Assert.Equal(
            [new(DiffKind.Same, "one"), new(DiffKind.Removed, "two"), new(DiffKind.Added, "2"), new(DiffKind.Same, "three")],
            diff);
    }

    [Fact]
    public void Inserted_and_deleted_lines_keep_the_longest_common_run()
    {
        var diff = LineDiff.Compute("a\nb\nc\nd", "b\nc\nx\nd\ne");

        Assert.Equal(
            [
                new(DiffKind.Removed, "a"), new(DiffKind.Same, "b"), new(DiffKind.Same, "c"), new(DiffKind.Added, "x"),
                new(DiffKind.Same, "d"), new(DiffKind.Added, "e"),
            ],
            diff);
    }

    [Fact]
    public void From_or_to_an_empty_text_every_line_is_added_or_removed()
    {
        Assert.Equal([new(DiffKind.Added, "a"), new(DiffKind.Added, "b")], LineDiff.Compute("", "a\nb"));
        Assert.Equal([new(DiffKind.Removed, "a")], LineDiff.Compute("a", ""));
        Assert.Empty(LineDiff.Compute("", ""));
    }

    [Fact]
    public void Line_endings_and_a_final_newline_do_not_count_as_changes()
    {
        Assert.False(LineDiff.HasChanges(LineDiff.Compute("a\r\nb\r\n", "a\nb")));
    }

    [Fact]
    public void Blank_lines_are_lines_too()
    {
        var diff = LineDiff.Compute("a\n\nb", "a\nb");

        Assert.Equal([new(DiffKind.Same, "a"), new(DiffKind.Removed, ""), new(DiffKind.Same, "b")], diff);
    }

    [Fact]
    public void Keeping_every_unchanged_and_added_line_rebuilds_the_new_text()
    {
        const string before = "Rust is belangrijk.\n\nPlan je dag.\nNeem pauzes.\nBeweeg rustig.";
        const string after = "Rust is belangrijk.\nPlan je week.\nNeem pauzes.\n\nBeweeg rustig.\nVraag hulp.";

        var diff = LineDiff.Compute(before, after);

        Assert.Equal(after, string.Join("\n", diff.Where(l => l.Kind != DiffKind.Removed).Select(l => l.Text)));
        Assert.Equal(before, string.Join("\n", diff.Where(l => l.Kind != DiffKind.Added).Select(l => l.Text)));
    }
}
