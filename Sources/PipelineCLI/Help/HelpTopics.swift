/// The text of `pipeline help TOPIC` for topics that are not commands.
enum HelpTopics {
    static let parameters = """
    PARAMETERS

    A pipeline declares typed parameters; every run gives them values. Types:
      string  any text                 int    whole numbers (1.5 and 1e3 are refused)
      float   finite numbers            bool   true or false only (not yes/no)
      list    [64, 32]                  map    {a: 1, b: two}
      path    a file or folder path     secret a string never printed or written
    Any parameter may also say secret: true, min:/max: (numbers) and values: [allowed, list].

    Where values come from, lowest precedence first (a later source overrides an earlier one):
      1. default:                 in the pipeline file (may read ${{ env.NAME }})
      2. --env NAME               a set under environments: in the pipeline file
      3. --params-file FILE       a YAML or JSON map of name: value
      4. --param name=value       on the command line (also --name value for declared names)
    A repeated --param for the same name: the last one wins, with a warning.
    Give a secret by reference: secret: true with default: ${{ env.NAME }}, and set NAME
    from a secret store or a hidden prompt (read -rs NAME && export NAME). A secret typed
    after --param works but is warned about: shell history and the process list keep it.
    `pipeline run PIPELINE --dry-run` shows every value, its source and what it overrode.

    Every value is checked before any step starts; all problems are listed together and the
    exit status is 2.

    """

    static let pipelineFormat = """
    PIPELINE FILES

    pipeline:
      name: three-steps                 # optional; defaults to the file name
      description: ...                  # optional
      parameters:
        - name: learning_rate
          type: float                   # string int float bool list map path secret
          default: 0.01                 # no default: the parameter is required
          min: 0.000001                 # numbers only
          max: 10
          values: [0.01, 0.1]           # allowed values
          secret: true                  # never printed: shown as [REDACTED]
          description: ...
      steps:
        - train_model:
            run: train.py               # a simulated script (see docs/pipeline-format.md)
            args: --lr ${{ parameters.learning_rate }}
            when: ${{ parameters.mode == 'full' }}   # skip the step when false
            needs: [load_data]          # default: after the previous step
      environments:
        prod: {learning_rate: 0.01}     # chosen with --env prod

    The YAML subset and every script are described in docs/pipeline-format.md.

    """

    static let exitCodes = """
    EXIT CODES

      0    success
      1    a step failed (later steps did not run), or a lint found problems
      2    invalid input: a bad file, option or parameter value; nothing ran
      130  interrupted with Ctrl-C; what finished is kept

    """
}
