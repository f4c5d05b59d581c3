namespace Tandem.Domain.Outreach;

/// <summary>The rules of the public forms and the intake queue; each code is also the key of its localised message.</summary>
public static class OutreachRules
{
    public static readonly Rule Contact = new("outreach.contact", "Give an e-mail address or a phone number.");
    public static readonly Rule Consent = new("outreach.consent", "Tick the box to agree; without it we cannot keep your details.");
    public static readonly Rule PatientAgreed = new("outreach.patient-agreed", "Confirm that the patient agreed to this referral.");
    public static readonly Rule Agb = new("outreach.agb", "An AGB code has 8 digits; leave it empty if you do not know it.");
    public static readonly Rule Programme = new("outreach.programme-unknown", "Choose a programme from the list.");
    public static readonly Rule Expired = new("outreach.expired", "The form was open for too long. Check your answers and send it again.");
    public static readonly Rule StatusChange = new("outreach.status-change", "This referral cannot move to that status.");
    public static readonly Rule NotYetInvitable = new("outreach.invite-not-yet", "Only a referral you have been in contact with, and that is still open, can be invited.");
    public static readonly Rule AlreadyInvited = new("outreach.already-invited", "This referral has already been invited to Tandem.");
    public static readonly Rule Note = new("outreach.note", "A note can be at most 1000 characters.");
}
