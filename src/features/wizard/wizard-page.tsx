// Placeholder until the feature is built.
export default function WizardPage() {
  return <h1 className="ds-heading">WizardPage</h1>;
}
