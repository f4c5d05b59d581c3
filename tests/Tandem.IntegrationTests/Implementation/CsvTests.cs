using Tandem.Web.Infrastructure;

namespace Tandem.IntegrationTests.Implementation;

public sealed class CsvTests
{
    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks_and_rows_remember_their_line()
    {
        var table = Csv.Read("\uFEFFid,text\r\n1,\"a, \"\"b\"\"\nc\"\r\n2,plain\n");

        Assert.Null(table.Error);
        Assert.Equal(["id", "text"], table.Header);
        Assert.Equal(["a, \"b\"\nc", "plain"], table.Rows.Select(r => r["text"]));
        Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a,b\n1,2,3\n", 2, "3 fields")]
    [InlineData("a,b\n1,\"open\n", 2, "not closed")]
    [InlineData("", 1, "empty")]
    [InlineData("a,b,,\n1,2,3,4\n", 1, "column '' more than once")]
    public void A_malformed_file_reports_the_line_and_the_problem(string text, int line, string message)
    {
        var error = Csv.Read(text).Error!;

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_lines_quote_what_needs_it_and_defuse_spreadsheet_formulas()
    {
        Assert.Equal("1,\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),-5\r\n", Csv.Line(["1", "a,b", "say \"hi\"", "=SUM(A1)", "-5"]));
    }
}
