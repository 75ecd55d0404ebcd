export default defineBackground(() => {
  // Wiring is added as features land.
});
