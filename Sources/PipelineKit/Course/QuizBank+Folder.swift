extension QuizBank {
    /// The bank with each trace question's relative pipeline path resolving against `folder`
    /// (the course folder, or the folder of the bank file), never the current directory.
    func resolvingReferences(against folder: String) -> QuizBank {
        var bank = self
        for index in bank.questions.indices where bank.questions[index].trace != nil {
            bank.questions[index].trace?.folder = folder
        }
        return bank
    }
}
