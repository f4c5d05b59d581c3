using Tandem.Domain.Programmes;
using Tandem.Domain.Treatment;

namespace Tandem.UnitTests.Treatment;

/// <summary>Small programmes shaped like the shipped ones: a sequential one with a variant step, and a tailored one.</summary>
internal static class TestProgrammes
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 2);
    public static readonly Guid Therapist = Guid.NewGuid();

    public static Programme Sequential { get; } = new(
        "seq", 3, Text("Seq"), Text("Summary"), Selection.Sequential,
        [
            new ModuleStep("m1"),
            new ModuleStep("m2"),
            new VariantStep("m3-activity", "activity-pattern", [new ModuleVariant("m3a", "relatively-active"), new ModuleVariant("m3b", "low-active")]),
            new ModuleStep("m4"),
        ],
        [], [], null,
        [Module("m1"), Module("m2"), Module("m3a"), Module("m3b"), Module("m4")]);

    public static Programme Tailored { get; } = new(
        "tailored", 1, Text("Tailored"), Text("Summary"), Selection.Tailored,
        [new ModuleStep("p0"), new ModuleStep("p1"), new ModuleStep("p2"), new ModuleStep("p3"), new ModuleStep("p4")],
        [],
        [Flag("sleep-problems"), Flag("low-mood"), Flag("flare-ups")],
        Text("Set by the intake questionnaire."),
        [
            Module("p0", ProfileFlag.Always),
            Module("p1", "low-mood"),
            Module("p2", "sleep-problems", "low-mood"),
            Module("p3", "flare-ups"),
            Module("p4", ProfileFlag.Always),
        ]);

    public static IntakeChecklist CompleteIntake { get; } = new(ProgrammeExplained: true, FormatDiscussed: true, GoalsAgreed: true);

    public static EnrolmentChoices Choices(
        UnlockMode unlock = UnlockMode.OnCompletion,
        int? interval = null,
        DateOnly? startsOn = null,
        IntakeChecklist? intake = null,
        string[]? flags = null,
        string[]? selected = null) =>
        new(GuidanceMode.ProtocolDriven, unlock, interval, startsOn ?? Today, intake ?? CompleteIntake, flags ?? [], selected ?? []);

    public static Enrolment Start(Programme? programme = null, EnrolmentChoices? choices = null, DateTimeOffset? now = null) =>
        Enrolment.Start(Guid.NewGuid(), programme ?? Sequential, choices ?? Choices(), Therapist, now ?? Now);

    /// <summary>The plan as "id:Status" in order, hidden places marked with a trailing "(hidden)".</summary>
    public static string[] Plan(Enrolment enrolment) =>
        [.. enrolment.Modules.Select(m => $"{m.ModuleId ?? m.StepId}:{m.Status}{(m.Hidden ? "(hidden)" : "")}")];

    private static LocalizedText Text(string english) => new(english, english);

    private static ProfileFlag Flag(string id) => new(id, Text(id), Text("About " + id));

    private static Module Module(string id, params string[] recommendedWhen) =>
        new(id, 1, new ModuleReview(ReviewStatus.Reviewed, "Reviewer", new DateOnly(2026, 1, 1)), Text(id), Text("Summary"), 20, recommendedWhen, []);
}
