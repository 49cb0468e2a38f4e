// Placeholder until the feature is built.
export default function AccessibilityPage() {
  return <h1 className="ds-heading">AccessibilityPage</h1>;
}
