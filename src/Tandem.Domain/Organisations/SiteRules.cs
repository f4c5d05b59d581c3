namespace Tandem.Domain.Organisations;

/// <summary>The rules of a site's configuration; each code is also the key of its localised message.</summary>
public static class SiteRules
{
    public static readonly Rule Name = new("sites.name", "Give the site a name of at most 200 characters.");
    public static readonly Rule City = new("sites.city", "The city can be at most 100 characters.");
    public static readonly Rule Slug = new("sites.slug", "The web address name uses 3 to 60 lower-case letters, digits and single hyphens (for example tandem-utrecht).");
    public static readonly Rule SlugTaken = new("sites.slug-taken", "Another site already uses this web address name.");
    public static readonly Rule Phone = new("sites.phone", "Give a phone number of at most 30 digits, spaces, +, - or brackets.");
    public static readonly Rule Email = new("sites.email", "Give one e-mail address of at most 254 characters.");
    public static readonly Rule Text = new("sites.text", "This text is too long.");
    public static readonly Rule Colour = new("sites.colour", "Give the colour as a hex code such as #1F5F8B.");
    public static readonly Rule Contrast = new("sites.contrast", "This colour is too light: against white its contrast is {0}:1, and WCAG AA needs at least 4.5:1. Choose a darker shade.");
    public static readonly Rule FeedbackDays = new("sites.feedback-days", "Choose from 0 to 30 working days, or leave empty for the clinic's default.");
    public static readonly Rule Weekdays = new("sites.weekdays", "Choose at least one working day of the week.");
    public static readonly Rule Programme = new("sites.programme", "Choose programmes from the list.");
    public static readonly Rule Instrument = new("sites.instrument", "Choose questionnaires from the list.");
    public static readonly Rule Concurrent = new("sites.concurrent", "Someone else changed this site's settings at the same time; your change was not saved. Check the settings and try again.");
    public static readonly Rule LogoType = new("sites.logo-type", "The logo must be a PNG, JPEG or SVG image.");
    public static readonly Rule LogoSize = new("sites.logo-size", "The logo can be at most 200 KB.");
    public static readonly Rule LogoUnsafe = new("sites.logo-unsafe", "This SVG contains scripts or links to elsewhere; save it without them.");
}
