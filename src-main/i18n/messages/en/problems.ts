/** English: the sentences of problems and validation (`Problem.text`). Keys `problem.<code>…`. */
export const problems = {
  'problem.unexpected': 'Something went wrong: {detail}',
} satisfies Record<string, string>;
