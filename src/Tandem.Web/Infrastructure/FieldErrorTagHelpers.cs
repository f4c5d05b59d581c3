using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// Ties a field to its error message for screen readers (WCAG 1.3.1 and 3.3.1, techniques ARIA21 and ARIA1): a field
/// whose value was refused gets <c>aria-invalid="true"</c> and names its message in <c>aria-describedby</c>, after any
/// hint it already names. Every page puts a message element (<c>asp-validation-for</c>) next to each field, so the
/// reference always resolves; a test over the pages checks that.
/// </summary>
[HtmlTargetElement("input", Attributes = For)]
[HtmlTargetElement("select", Attributes = For)]
[HtmlTargetElement("textarea", Attributes = For)]
public sealed class FieldErrorTagHelper : FieldTagHelper
{
    private const string For = "asp-for";

    [HtmlAttributeName(For)]
    public ModelExpression Field { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = FullName(Field);
        if (ViewContext.ViewData.ModelState.GetFieldValidationState(name) != ModelValidationState.Invalid)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var hints = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} " : "";
        output.Attributes.SetAttribute("aria-describedby", hints + MessageId(name));
    }
}

/// <summary>Gives a field's error message (<c>asp-validation-for</c>) the id its field refers to.</summary>
[HtmlTargetElement("span", Attributes = For)]
public sealed class FieldErrorMessageTagHelper : FieldTagHelper
{
    private const string For = "asp-validation-for";

    [HtmlAttributeName(For)]
    public ModelExpression Field { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", MessageId(FullName(Field)));
        }
    }
}

/// <summary>What both halves share: they run after the framework's helpers and agree on the message's id.</summary>
public abstract class FieldTagHelper : TagHelper
{
    public override int Order => 100;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected string FullName(ModelExpression field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);
    }

    protected static string MessageId(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_") + "-error";
}
