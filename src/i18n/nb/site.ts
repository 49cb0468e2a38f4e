/** What the site says of itself outside the page: the installed app's description. */
export const site = {
  description:
    'Se hvordan bibliotek og innbyggertorg er organisert sammen, som en blanding av fire modeller.',
};
